import { isIP } from 'node:net';
import { resolve } from 'node:path';
import * as z from 'zod';
import { loadDevelopmentSecrets } from './dev-secrets.js';
import type { RateLimitSettings } from './http/rate-limit.js';
import { DEFAULT_PASSWORD_COST, MIN_PASSWORD_COST_LOG2, passwordCost, type PasswordCost } from './staff/passwords.js';

const MIN_SECRET_LENGTH = 32;

/** A request count per minute; 0 turns the limit off. */
function perMinute(fallback: number) {
  return z
    .string()
    .regex(/^[0-9]{1,9}$/, 'must be a whole number (0 turns the limit off)')
    .default(String(fallback))
    .transform(Number);
}

const Environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.optional(z.url({ protocol: /^postgres(ql)?$/ })),
  MOCHARAKA_DATA_DIR: z.string().min(1).default('.mocharaka-data'),
  MOCHARAKA_ADMIN_TOKEN: z.optional(z.string().min(MIN_SECRET_LENGTH)),
  MOCHARAKA_SECRET_KEY: z.optional(z.string().min(MIN_SECRET_LENGTH)),
  MOCHARAKA_ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url().transform((origin) => new URL(origin).origin))),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  MOCHARAKA_RATE_LIMIT_RATINGS_PER_MINUTE: perMinute(30),
  MOCHARAKA_RATE_LIMIT_KIOSK_PER_MINUTE: perMinute(20),
  MOCHARAKA_RATE_LIMIT_SUBMISSIONS_PER_MINUTE: perMinute(10),
  MOCHARAKA_RATE_LIMIT_RESOURCE_PER_MINUTE: perMinute(600),
  MOCHARAKA_ACCEPT_PGLITE_DURABILITY: z.enum(['yes', 'no']).default('no'),
  MOCHARAKA_PROOF_OF_WORK: z.enum(['on', 'off']).default('on'),
  MOCHARAKA_SIGNATURE_RETENTION_DAYS: z
    .string()
    .regex(/^[0-9]{1,5}$/, 'must be a whole number of days')
    .default('365')
    .transform(Number),
  MOCHARAKA_PASSWORD_COST: z
    .string()
    .regex(/^[0-9]{1,2}$/, 'must be a whole number (log2 of scrypt N)')
    .default(String(Math.log2(DEFAULT_PASSWORD_COST.N)))
    .transform(Number)
    .pipe(z.number().min(MIN_PASSWORD_COST_LOG2).max(20)),
  MOCHARAKA_TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((address) => address.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().refine((address) => isIP(address) !== 0, 'must be IP addresses'))),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  adminToken: string;
  secretKey: string;
  allowedOrigins: string[];
  /** Per-minute limits on rating POSTs and the proxies whose X-Forwarded-For is believed. */
  rateLimits: RateLimitSettings;
  /** Days after a petition's closing date before its signatories' personal data is erased. */
  signatureRetentionDays: number;
  /** Public submissions need a proof of work (GET /v1/challenge, `Mocharaka-Proof`); off for load tests and trusted kiosks. */
  proofOfWork: boolean;
  /** scrypt cost of new staff password hashes: `MOCHARAKA_PASSWORD_COST` (log2 N, 16 and never lower in production; tests go lower). */
  passwordCost: PasswordCost;
  production: boolean;
  /** Where a generated development secret was stored, to tell the operator. */
  generatedSecretsFile: string | undefined;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the configuration from environment variables. In development a missing admin
 * token or secret key is generated once and kept in the data folder; in production it
 * is an error, so a deployment never runs on a secret nobody chose.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const parsed = Environment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const vars = parsed.data;
  const production = vars.NODE_ENV === 'production';
  const dataDir = resolve(cwd, vars.MOCHARAKA_DATA_DIR);

  let adminToken = vars.MOCHARAKA_ADMIN_TOKEN;
  let secretKey = vars.MOCHARAKA_SECRET_KEY;
  let generatedSecretsFile: string | undefined;
  if (!adminToken || !secretKey) {
    if (production) {
      const missing = [!adminToken && 'MOCHARAKA_ADMIN_TOKEN', !secretKey && 'MOCHARAKA_SECRET_KEY'].filter(Boolean);
      throw new ConfigError(
        `${missing.join(' and ')} must be set when NODE_ENV=production ` +
          `(at least ${MIN_SECRET_LENGTH} characters, e.g. \`openssl rand -base64 48\`).`,
      );
    }
    const stored = loadDevelopmentSecrets(dataDir);
    adminToken ??= stored.secrets.adminToken;
    secretKey ??= stored.secrets.secretKey;
    generatedSecretsFile = stored.file;
  }

  if (production && !vars.DATABASE_URL && vars.MOCHARAKA_ACCEPT_PGLITE_DURABILITY !== 'yes') {
    throw new ConfigError(
      "NODE_ENV=production without DATABASE_URL would keep citizens' submissions in the embedded database (PGlite), " +
        'which runs with fsync off: its data survives a killed process but not a power cut or an OS crash, and only ' +
        'one server process may use it. Set DATABASE_URL to a PostgreSQL database, or, for a small commune that ' +
        'accepts this and backs up its data folder, set MOCHARAKA_ACCEPT_PGLITE_DURABILITY=yes.',
    );
  }

  const cost = passwordCost(vars.MOCHARAKA_PASSWORD_COST);
  if (production && cost.N < DEFAULT_PASSWORD_COST.N) {
    throw new ConfigError(
      `MOCHARAKA_PASSWORD_COST=${vars.MOCHARAKA_PASSWORD_COST} is below ${Math.log2(DEFAULT_PASSWORD_COST.N)}, the lowest cost allowed when NODE_ENV=production.`,
    );
  }

  return {
    port: vars.PORT,
    host: vars.HOST,
    databaseUrl: vars.DATABASE_URL,
    dataDir,
    adminToken,
    secretKey,
    allowedOrigins: vars.MOCHARAKA_ALLOWED_ORIGINS,
    rateLimits: {
      ratingsPerMinute: vars.MOCHARAKA_RATE_LIMIT_RATINGS_PER_MINUTE,
      kioskPerMinute: vars.MOCHARAKA_RATE_LIMIT_KIOSK_PER_MINUTE,
      submissionsPerMinute: vars.MOCHARAKA_RATE_LIMIT_SUBMISSIONS_PER_MINUTE,
      resourcePerMinute: vars.MOCHARAKA_RATE_LIMIT_RESOURCE_PER_MINUTE,
      trustedProxies: vars.MOCHARAKA_TRUSTED_PROXIES,
    },
    signatureRetentionDays: vars.MOCHARAKA_SIGNATURE_RETENTION_DAYS,
    proofOfWork: vars.MOCHARAKA_PROOF_OF_WORK === 'on',
    passwordCost: cost,
    production,
    generatedSecretsFile,
  };
}
