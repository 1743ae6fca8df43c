import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt's parameters: CPU and memory cost N (a power of two), block size r, parallelism p. */
export interface PasswordCost {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

/**
 * scrypt (memory-hard, built into Node) at OWASP's recommended cost N=2^16, r=8, p=2:
 * 64 MiB and about half a second per hash. The parameters are stored in the hash, so
 * raising them later still verifies old hashes (and `needsRehash` tells when to upgrade).
 * Production never goes below it (config.ts); only tests choose a lower N.
 */
export const DEFAULT_PASSWORD_COST: PasswordCost = { N: 2 ** 16, r: 8, p: 2 };
/** log2 of the lowest N accepted anywhere (1 MiB, a few milliseconds a hash): below it a hash is no protection. */
export const MIN_PASSWORD_COST_LOG2 = 10;

/** The default cost with N = 2^log2N. */
export function passwordCost(log2N: number): PasswordCost {
  return { ...DEFAULT_PASSWORD_COST, N: 2 ** log2N };
}
const KEY_BYTES = 32;
const SALT_BYTES = 16;
/** Hashes computed at once; more wait their turn, so a burst of sign-ins cannot exhaust memory. */
const CONCURRENT_HASHES = 2;

const FORMAT = /^scrypt\$([0-9]+)\$([0-9]+)\$([0-9]+)\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/;

export async function hashPassword(password: string, cost: PasswordCost = DEFAULT_PASSWORD_COST): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, cost);
  return `scrypt$${cost.N}$${cost.r}$${cost.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** Compares in constant time; a malformed stored hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = FORMAT.exec(stored);
  if (!parts) return false;
  const cost = { N: Number(parts[1]), r: Number(parts[2]), p: Number(parts[3]) };
  const expected = Buffer.from(parts[5]!, 'base64url');
  const key = await derive(password, Buffer.from(parts[4]!, 'base64url'), cost, expected.length);
  return timingSafeEqual(key, expected);
}

export function needsRehash(stored: string, cost: PasswordCost = DEFAULT_PASSWORD_COST): boolean {
  const parts = FORMAT.exec(stored);
  return !parts || Number(parts[1]) < cost.N || Number(parts[2]) < cost.r || Number(parts[3]) < cost.p;
}

const dummies = new Map<string, Promise<string>>();
/**
 * A hash of nothing anyone knows, verified when the e-mail matches no account so that
 * "no such user" costs the same time as "wrong password" (at the cost real hashes have).
 */
export function dummyHash(cost: PasswordCost = DEFAULT_PASSWORD_COST): Promise<string> {
  const key = `${cost.N}$${cost.r}$${cost.p}`;
  let dummy = dummies.get(key);
  if (!dummy) {
    dummy = hashPassword(randomBytes(32).toString('base64url'), cost);
    dummies.set(key, dummy);
  }
  return dummy;
}

let running = 0;
const waiting: (() => void)[] = [];

async function derive(password: string, salt: Buffer, cost: PasswordCost, length = KEY_BYTES): Promise<Buffer> {
  await acquireSlot();
  try {
    const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r + 1024 * 1024 };
    return await new Promise<Buffer>((resolve, reject) =>
      scrypt(password.normalize('NFC'), salt, length, options, (error, key) => (error ? reject(error) : resolve(key))),
    );
  } finally {
    releaseSlot();
  }
}

async function acquireSlot(): Promise<void> {
  if (running < CONCURRENT_HASHES) {
    running++;
    return;
  }
  await new Promise<void>((resolve) => waiting.push(resolve)); // the releaser hands its slot over
}

function releaseSlot(): void {
  const next = waiting.shift();
  if (next) next();
  else running--;
}
