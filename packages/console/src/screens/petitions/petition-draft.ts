import { msg, str } from '@lit/localize';
import {
  ELIGIBILITY_BASES,
  FULL_NAME_MAX,
  FULL_NAME_MIN,
  formatNumber,
  textLengthError,
  type EligibilityBasis,
  type LocalizedText,
  type Locale,
  type Petition,
  readTypedNumber,
} from '@mocharaka/core';
import type { PetitionInput } from '@mocharaka/core/contract';
import { dayOf, endOfDay, startOfDay } from '../../shell/dates.js';
import { readLocalizedText } from '../../shell/localized-fields.js';

/** The most demands a petition may list (`PetitionInput.demands`). */
export const DEMANDS_MAX = 20;
/** The highest threshold a petition may set (`PetitionInput.threshold`). */
export const THRESHOLD_MAX = 1_000_000;
const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const ID_MAX = 64;

/** What the petition form holds between renders (the texts are read from the form itself). */
export interface PetitionDraft {
  id: string;
  title?: LocalizedText;
  body?: LocalizedText;
  demands: (LocalizedText | undefined)[];
  agent: string;
  opensOn: string;
  closesOn: string;
  threshold: string;
  eligibility: EligibilityBasis[];
  portalUrl: string;
}

export function emptyDraft(): PetitionDraft {
  return {
    id: '',
    demands: [undefined],
    agent: '',
    opensOn: '',
    closesOn: '',
    threshold: '',
    eligibility: [...ELIGIBILITY_BASES],
    portalUrl: '',
  };
}

export function draftOf(petition: Petition): PetitionDraft {
  return {
    id: petition.id,
    title: petition.title,
    body: petition.body,
    demands: petition.demands.length ? petition.demands : [undefined],
    agent: petition.agent.name,
    opensOn: dayOf(petition.opensAt),
    closesOn: dayOf(petition.closesAt),
    threshold: String(petition.threshold),
    eligibility: [...petition.eligibility],
    portalUrl: petition.portalUrl ?? '',
  };
}

/** Reads the whole form into the draft (before a re-render that adds or removes a demand, and on submit). */
export function readDraft(form: HTMLFormElement, previous: PetitionDraft): PetitionDraft {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim();
  return {
    id: form.elements.namedItem('id') ? text('id') : previous.id,
    title: readLocalizedText(form, 'title'),
    body: readLocalizedText(form, 'body'),
    demands: previous.demands.map((_, index) => readLocalizedText(form, `demand-${index}`)),
    agent: text('agent'),
    opensOn: text('opens'),
    closesOn: text('closes'),
    threshold: text('threshold'),
    eligibility: ELIGIBILITY_BASES.filter((basis) => data.getAll('eligibility').includes(basis)),
    portalUrl: text('portal'),
  };
}

/** A suggested id from a French title: `Éclairage du quartier` → `eclairage-du-quartier`. */
export function slugFrom(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, ID_MAX)
    .replace(/-+$/, '');
}

/** Field id in the form → message, for every rule the server would also refuse. */
export function checkDraft(draft: PetitionDraft, locale: Locale): Map<string, string> {
  const problems = new Map<string, string>();
  if (!draft.id) problems.set('petition-id', msg('Enter an identifier for the petition'));
  else if (!ID_PATTERN.test(draft.id) || draft.id.length > ID_MAX) {
    problems.set(
      'petition-id',
      msg('The identifier may use only lower-case Latin letters, digits and dashes, and start with a letter or digit'),
    );
  }
  if (!draft.title?.ar) problems.set('title-ar', msg('Enter the title in Arabic'));
  if (!draft.body?.ar) problems.set('body-ar', msg('Enter the text of the petition in Arabic'));
  draft.demands.forEach((demand, index) => {
    if (!demand?.ar) problems.set(`demand-${index}-ar`, msg(str`Enter demand ${index + 1} in Arabic, or remove it`));
  });
  const agentError = textLengthError(draft.agent, FULL_NAME_MIN, FULL_NAME_MAX);
  if (agentError === 'required') problems.set('agent', msg('Enter the name of the agent who represents the signatories'));
  else if (agentError === 'too_short')
    problems.set('agent', msg(str`The agent’s name must be at least ${formatNumber(locale, FULL_NAME_MIN)} characters`));
  else if (agentError === 'too_long')
    problems.set('agent', msg(str`The agent’s name must be ${formatNumber(locale, FULL_NAME_MAX)} characters or fewer`));
  const opensAt = startOfDay(draft.opensOn);
  const closesAt = endOfDay(draft.closesOn);
  if (!opensAt) problems.set('opens', msg('Enter the day the collection of signatures opens'));
  if (!closesAt) problems.set('closes', msg('Enter the day the collection of signatures closes'));
  else if (opensAt && Date.parse(closesAt) <= Date.parse(opensAt))
    problems.set('closes', msg('The closing day must come after the opening day'));
  if (draft.eligibility.length === 0) problems.set('eligibility-resident', msg('Choose who may sign'));
  if (draft.threshold) {
    const threshold = readTypedNumber(draft.threshold);
    if (!Number.isInteger(threshold) || threshold < 1 || threshold > THRESHOLD_MAX) {
      problems.set('threshold', msg(str`The threshold must be a whole number from 1 to ${formatNumber(locale, THRESHOLD_MAX)}`));
    }
  }
  if (draft.portalUrl && !/^https:\/\/[^\s]+$/.test(draft.portalUrl))
    problems.set('portal', msg('The portal address must start with https://'));
  return problems;
}

/** The body of `POST /v1/admin/petitions` for a draft that passed `checkDraft`. */
export function inputOf(draft: PetitionDraft): PetitionInput {
  const input: PetitionInput = {
    id: draft.id,
    title: draft.title!,
    body: draft.body!,
    demands: draft.demands.map((demand) => demand!),
    agent: { name: draft.agent },
    opensAt: startOfDay(draft.opensOn)!,
    closesAt: endOfDay(draft.closesOn)!,
    eligibility: draft.eligibility,
  };
  if (draft.threshold) input.threshold = readTypedNumber(draft.threshold);
  if (draft.portalUrl) input.portalUrl = draft.portalUrl;
  return input;
}
