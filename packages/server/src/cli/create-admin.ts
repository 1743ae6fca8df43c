import { PopulationCategorySchema, StaffAccountInput, Id, LocalizedText, type PopulationCategory } from '@mocharaka/core/contract';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import type { Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { openDatabase } from '../db/open-database.js';
import { createAccount, findAccountForSignIn, updateAccount } from '../staff/accounts.js';
import { recordAudit, type AuditActor } from '../staff/audit.js';
import { createCommune } from '../staff/commune.js';
import { hashPassword, type PasswordCost } from '../staff/passwords.js';
import { endAccountSessions } from '../staff/sessions.js';
import { readPassword } from './read-password.js';

const USAGE = `Usage: npm run create-admin -- --email <address> --name <display name> [--password-file <file>]
         [--commune-id <id> --commune-name-ar <name> [--commune-name-fr <name>] --population-category <category>]
         [--reset-password]

Creates an administrator account (the password is read from --password-file, or from
standard input: typed at a hidden prompt, or piped). On a server without a commune yet,
the commune options create it as well. --reset-password gives an existing account a new
password, makes it an active administrator and ends its sessions (a lost password).
Population categories: ${PopulationCategorySchema.options.join(', ')}.`;

const CLI_ACTOR: AuditActor = { id: 'cli', displayName: 'npm run create-admin', via: 'cli' };

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CreateAdminInput {
  email: string;
  displayName: string;
  password: string;
  resetPassword?: boolean;
  commune?: { id: string; name: LocalizedText; populationCategory: PopulationCategory };
  /** scrypt cost of the hash (`MOCHARAKA_PASSWORD_COST`); the default when unset. */
  passwordCost?: PasswordCost;
}

/** What the command did, for its closing line. */
export type CreateAdminOutcome = { account: 'created' | 'reset'; accountId: string; commune?: string };

/**
 * Creates the administrator (and the commune, when there is none yet) in one
 * transaction, recorded in the audit trail as done from the command line.
 */
export async function createAdmin(db: Database, input: CreateAdminInput): Promise<CreateAdminOutcome> {
  const account = StaffAccountInput.safeParse({
    email: input.email,
    displayName: input.displayName,
    role: 'admin',
    password: input.password,
  });
  if (!account.success) {
    throw new UsageError(account.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('\n'));
  }
  const passwordHash = await hashPassword(account.data.password, input.passwordCost);
  return db.transaction(async (tx) => {
    const communes = await tx.query<{ id: string }>('SELECT id FROM communes');
    let commune: string | undefined;
    if (communes.length === 0) {
      if (!input.commune) {
        throw new UsageError('This server has no commune yet: give --commune-id, --commune-name-ar and --population-category');
      }
      commune = (await createCommune(tx, input.commune))!.id;
      await recordAudit(tx, CLI_ACTOR, {
        action: 'create',
        resourceType: 'commune',
        resourceId: commune,
        summary: { name: input.commune.name, populationCategory: input.commune.populationCategory },
      });
    } else if (input.commune) {
      throw new UsageError(`A commune exists already (${communes.map((row) => row.id).join(', ')}): change it in the console's settings`);
    }

    const existing = await findAccountForSignIn(tx, account.data.email);
    if (existing) {
      if (!input.resetPassword)
        throw new UsageError(`An account has the e-mail ${account.data.email} already (--reset-password gives it a new password)`);
      const outcome = await updateAccount(tx, existing.id, { passwordHash, role: 'admin', active: true });
      if (typeof outcome === 'string') throw new Error(`Could not reset ${account.data.email}: ${outcome}`);
      await endAccountSessions(tx, existing.id);
      await recordAudit(tx, CLI_ACTOR, {
        action: 'update',
        resourceType: 'staff-account',
        resourceId: existing.id,
        summary: { password: 'reset', role: 'admin', active: true },
      });
      return { account: 'reset', accountId: existing.id, ...(commune ? { commune } : {}) };
    }
    const created = (await createAccount(tx, {
      email: account.data.email,
      displayName: account.data.displayName,
      role: 'admin',
      passwordHash,
    }))!;
    await recordAudit(tx, CLI_ACTOR, {
      action: 'create',
      resourceType: 'staff-account',
      resourceId: created.id,
      summary: { email: created.email, displayName: created.displayName, role: created.role },
    });
    return { account: 'created', accountId: created.id, ...(commune ? { commune } : {}) };
  });
}

/** Reads the options of the command line; the password is read after, never passed as an argument. */
export function parseCreateAdminArgs(args: readonly string[]): Omit<CreateAdminInput, 'password'> & { passwordFile?: string } {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      'password-file': { type: 'string' },
      'reset-password': { type: 'boolean' },
      'commune-id': { type: 'string' },
      'commune-name-ar': { type: 'string' },
      'commune-name-fr': { type: 'string' },
      'population-category': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) throw new UsageError(USAGE);
  if (!values.email || !values.name) throw new UsageError(`--email and --name are required\n\n${USAGE}`);
  const communeGiven = ['commune-id', 'commune-name-ar', 'commune-name-fr', 'population-category'].some(
    (key) => values[key as keyof typeof values] !== undefined,
  );
  let commune: CreateAdminInput['commune'];
  if (communeGiven) {
    const id = Id.safeParse(values['commune-id']);
    const name = LocalizedText.safeParse({
      ar: values['commune-name-ar'],
      ...(values['commune-name-fr'] ? { fr: values['commune-name-fr'] } : {}),
    });
    const category = PopulationCategorySchema.safeParse(values['population-category']);
    if (!id.success) throw new UsageError('--commune-id: lower-case letters, digits and dashes, e.g. taroudant');
    if (!name.success) throw new UsageError('--commune-name-ar is required with the commune options');
    if (!category.success) throw new UsageError(`--population-category: one of ${PopulationCategorySchema.options.join(', ')}`);
    commune = { id: id.data, name: name.data, populationCategory: category.data };
  }
  return {
    email: values.email,
    displayName: values.name,
    resetPassword: values['reset-password'] ?? false,
    ...(values['password-file'] !== undefined ? { passwordFile: values['password-file'] } : {}),
    ...(commune ? { commune } : {}),
  };
}

async function main(): Promise<void> {
  const options = parseCreateAdminArgs(process.argv.slice(2));
  const password = await readPassword({ file: options.passwordFile, prompt: `Password for ${options.email}: ` });
  const config = loadConfig();
  const db = await openDatabase(config);
  try {
    await migrate(db);
    const outcome = await createAdmin(db, { ...options, password, passwordCost: config.passwordCost });
    if (outcome.commune) process.stdout.write(`Commune ${outcome.commune} created.\n`);
    process.stdout.write(
      `Administrator ${options.email} ${outcome.account === 'created' ? 'created' : 'given a new password'}: sign in at /console/.\n`,
    );
  } finally {
    await db.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  });
}
