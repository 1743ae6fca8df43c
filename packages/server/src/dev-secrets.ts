import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DevelopmentSecrets {
  adminToken: string;
  secretKey: string;
}

const SECRETS_FILE = 'secrets.json';

/**
 * Development only: secrets generated on first start and reused afterwards, so the
 * admin token stays the same across restarts. The file is readable by its owner only.
 */
export function loadDevelopmentSecrets(dataDir: string): { secrets: DevelopmentSecrets; file: string } {
  const file = join(dataDir, SECRETS_FILE);
  const existing = readSecrets(file);
  if (existing) return { secrets: existing, file };

  const secrets: DevelopmentSecrets = { adminToken: randomSecret(), secretKey: randomSecret() };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return { secrets, file };
}

function readSecrets(file: string): DevelopmentSecrets | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const value = JSON.parse(text) as Partial<DevelopmentSecrets>;
  if (typeof value.adminToken !== 'string' || typeof value.secretKey !== 'string') {
    throw new Error(`${file} is not a valid secrets file; delete it to generate new development secrets.`);
  }
  return { adminToken: value.adminToken, secretKey: value.secretKey };
}

function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}
