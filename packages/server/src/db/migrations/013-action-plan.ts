import type { Migration } from './migration.js';

/** The commune's action programme, its charter follow-up and the citizens' comments on its projects (issue 16, section 3). */
export const migration013: Migration = {
  version: 13,
  name: 'action-plan',
  statements: [
    `CREATE TABLE action_plans (
      id text PRIMARY KEY,
      commune_id text NOT NULL REFERENCES communes (id),
      title jsonb NOT NULL,
      period_from integer NOT NULL,
      period_to integer NOT NULL CHECK (period_to >= period_from),
      charter_id text,
      -- The charter's commitments with their indicators, and the dated evaluation reports: read and written whole.
      commitments jsonb NOT NULL DEFAULT '[]',
      evaluations jsonb NOT NULL DEFAULT '[]',
      updated_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE TABLE action_plan_axes (
      plan_id text NOT NULL REFERENCES action_plans (id) ON DELETE CASCADE,
      id text NOT NULL,
      position integer NOT NULL,
      title jsonb NOT NULL,
      PRIMARY KEY (plan_id, id)
    )`,
    `CREATE TABLE action_plan_projects (
      plan_id text NOT NULL,
      id text NOT NULL,
      axis_id text NOT NULL,
      position integer NOT NULL,
      title jsonb NOT NULL,
      neighbourhood jsonb,
      budget numeric(14, 2) NOT NULL CHECK (budget >= 0),
      executed numeric(14, 2) NOT NULL DEFAULT 0 CHECK (executed >= 0),
      planned_start date,
      planned_end date,
      actual_start date,
      actual_end date,
      progress integer NOT NULL CHECK (progress BETWEEN 0 AND 100),
      status text NOT NULL CHECK (status IN ('planned', 'in_progress', 'completed', 'delayed', 'suspended')),
      PRIMARY KEY (plan_id, id),
      FOREIGN KEY (plan_id, axis_id) REFERENCES action_plan_axes (plan_id, id) ON DELETE CASCADE
    )`,
    `CREATE TABLE action_plan_updates (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      plan_id text NOT NULL,
      project_id text NOT NULL,
      date date NOT NULL,
      text jsonb NOT NULL,
      progress integer CHECK (progress BETWEEN 0 AND 100),
      FOREIGN KEY (plan_id, project_id) REFERENCES action_plan_projects (plan_id, id) ON DELETE CASCADE
    )`,
    `CREATE INDEX action_plan_updates_by_project ON action_plan_updates (plan_id, project_id, date DESC, id DESC)`,
    `CREATE TABLE action_plan_comments (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      reference text NOT NULL UNIQUE,
      plan_id text NOT NULL,
      project_id text NOT NULL,
      text text NOT NULL,
      -- The contact, sealed (never published); NULL when none was given.
      personal_data bytea,
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'published', 'rejected')),
      answer jsonb,
      submitted_at timestamptz NOT NULL DEFAULT now(),
      moderated_at timestamptz,
      FOREIGN KEY (plan_id, project_id) REFERENCES action_plan_projects (plan_id, id) ON DELETE CASCADE
    )`,
    `CREATE INDEX action_plan_comments_by_project ON action_plan_comments (plan_id, project_id, status, submitted_at, id)`,
  ],
};
