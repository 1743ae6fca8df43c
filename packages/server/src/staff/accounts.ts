import type { StaffAccount, StaffRole } from '@mocharaka/core/contract';
import type { Queryable } from '../db/database.js';
import { newId } from './secrets.js';

interface AccountRow {
  id: string;
  email: string;
  display_name: string;
  role: StaffRole;
  active: boolean;
  created_at: Date | string;
  last_sign_in_at: Date | string | null;
}

const COLUMNS = 'id, email, display_name, role, active, created_at, last_sign_in_at';

export function toAccount(row: AccountRow): StaffAccount {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    active: row.active,
    createdAt: new Date(row.created_at).toISOString(),
    ...(row.last_sign_in_at ? { lastSignInAt: new Date(row.last_sign_in_at).toISOString() } : {}),
  };
}

export async function listAccounts(db: Queryable): Promise<StaffAccount[]> {
  const rows = await db.query<AccountRow>(`SELECT ${COLUMNS} FROM staff_accounts ORDER BY active DESC, display_name, email`);
  return rows.map(toAccount);
}

export async function findAccount(db: Queryable, id: string): Promise<StaffAccount | undefined> {
  const [row] = await db.query<AccountRow>(`SELECT ${COLUMNS} FROM staff_accounts WHERE id = $1`, [id]);
  return row && toAccount(row);
}

/** The account and its password hash, to sign in. */
export async function findAccountForSignIn(db: Queryable, email: string): Promise<(StaffAccount & { passwordHash: string }) | undefined> {
  const [row] = await db.query<AccountRow & { password_hash: string }>(
    `SELECT ${COLUMNS}, password_hash FROM staff_accounts WHERE email = $1`,
    [email],
  );
  return row && { ...toAccount(row), passwordHash: row.password_hash };
}

export async function passwordHashOf(db: Queryable, id: string): Promise<string | undefined> {
  const [row] = await db.query<{ password_hash: string }>('SELECT password_hash FROM staff_accounts WHERE id = $1', [id]);
  return row?.password_hash;
}

/** Creates an account; undefined when the e-mail is taken. The password is hashed before the transaction's statement. */
export async function createAccount(
  tx: Queryable,
  input: { email: string; displayName: string; role: StaffRole; passwordHash: string },
): Promise<StaffAccount | undefined> {
  const [row] = await tx.query<AccountRow>(
    `INSERT INTO staff_accounts (id, email, display_name, role, password_hash) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (email) DO NOTHING RETURNING ${COLUMNS}`,
    [newId(), input.email, input.displayName, input.role, input.passwordHash],
  );
  return row && toAccount(row);
}

export type AccountChange = Partial<{ displayName: string; role: StaffRole; active: boolean; passwordHash: string }>;

/**
 * Applies the change and returns the account before and after; `last_admin` when it would
 * leave no active administrator. Locks the administrators' rows so two concurrent
 * demotions cannot both pass the check.
 */
export async function updateAccount(
  tx: Queryable,
  id: string,
  change: AccountChange,
): Promise<{ before: StaffAccount; after: StaffAccount } | 'not_found' | 'last_admin'> {
  const admins = await tx.query<{ id: string }>(`SELECT id FROM staff_accounts WHERE role = 'admin' AND active FOR UPDATE`);
  const [current] = await tx.query<AccountRow>(`SELECT ${COLUMNS} FROM staff_accounts WHERE id = $1 FOR UPDATE`, [id]);
  if (!current) return 'not_found';
  const before = toAccount(current);
  const staysAdmin = (change.role ?? before.role) === 'admin' && (change.active ?? before.active);
  if (before.role === 'admin' && before.active && !staysAdmin && admins.length <= 1) return 'last_admin';
  const [row] = await tx.query<AccountRow>(
    `UPDATE staff_accounts SET
       display_name = coalesce($2, display_name), role = coalesce($3, role),
       active = coalesce($4, active), password_hash = coalesce($5, password_hash)
     WHERE id = $1 RETURNING ${COLUMNS}`,
    [id, change.displayName ?? null, change.role ?? null, change.active ?? null, change.passwordHash ?? null],
  );
  return { before, after: toAccount(row!) };
}

export async function recordSignIn(db: Queryable, id: string): Promise<void> {
  await db.query('UPDATE staff_accounts SET last_sign_in_at = now() WHERE id = $1', [id]);
}
