/**
 * The floor a signature POST is compared with: hono + postgres.js + the same crypto as
 * the server (HMAC of the national ID, AES-GCM seal, fingerprint, the Idempotency-Key's
 * HMAC), and both inserts (key row, signature) in one prepared statement. No validation,
 * no routing table, no error handling beyond the minimum: what the stack itself costs.
 * Env: DATABASE_URL (migrated and seeded by the real server first), PORT, MOCHARAKA_SECRET_KEY, POOL.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import postgres from 'postgres';
import { deriveKeys } from '../../packages/server/src/crypto/keys.js';
import { nationalIdHash } from '../../packages/server/src/crypto/id-hash.js';
import { seal } from '../../packages/server/src/crypto/sealed-box.js';
import { protectKey } from '../../packages/server/src/http/idempotency.js';
import { newReference, signatureFingerprint } from '../../packages/server/src/petitions/signatures.js';

const sql = postgres(process.env.DATABASE_URL!, { max: Number(process.env.POOL ?? 16), onnotice: () => {} });
const keys = deriveKeys(process.env.MOCHARAKA_SECRET_KEY!);

const STATEMENT = `WITH k AS (
    INSERT INTO idempotency_keys (scope, key, request_hash, status_code, response_body)
    VALUES ($1, $2, $3, 201, jsonb_build_object('receipt', jsonb_build_object('reference', $8::text, 'signedAt', now())))
  )
  INSERT INTO petition_signatures (petition_id, id_hash, personal_data, data_fingerprint)
  VALUES ($4, $5, $6, $7)
  ON CONFLICT (petition_id, id_hash) DO UPDATE SET attempts = petition_signatures.attempts + 1
  RETURNING now() AS signed_at`;

const app = new Hono();
app.post('/v1/petitions/:id/signatures', async (c) => {
  const petitionId = c.req.param('id');
  const body = await c.req.json<{ fullName: string; nationalId: string; address: string; eligibility: string; contact?: string }>();
  const { storedKey, requestHash } = protectKey(c.req.header('idempotency-key')!, body);
  const personal = { fullName: body.fullName, nationalId: body.nationalId, address: body.address, eligibility: body.eligibility };
  const reference = newReference();
  const [row] = await sql.unsafe(
    STATEMENT,
    [
      `POST ${c.req.path}`,
      storedKey,
      requestHash,
      petitionId,
      nationalIdHash(keys.idHashKey, body.nationalId),
      seal(keys.encryptionKey, JSON.stringify(personal), petitionId),
      signatureFingerprint(keys.fingerprintKey, personal as never),
      reference,
    ],
    { prepare: true },
  );
  return c.json({ receipt: { reference, signedAt: new Date(row!.signed_at as string).toISOString() } }, 201);
});

serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' }, () =>
  process.stdout.write(`${JSON.stringify({ event: 'listening' })}\n`),
);
process.on('SIGTERM', () => void sql.end({ timeout: 2 }).finally(() => process.exit(0)));
