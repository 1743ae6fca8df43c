/**
 * Hostile input, generated from the OpenAPI document: for every public POST, thousands of
 * bodies that are invalid by construction (wrong types, out-of-range and boundary values,
 * unknown and prototype-polluting keys, missing fields, deep nesting, non-objects), each
 * salted with unicode edge cases (NUL, bidi overrides, lone surrogates). Every answer
 * must be a 4xx with the error schema — never a 5xx — and the database must not change.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from 'node:test';
import { ErrorBody, WELL_FORMED_TEXT } from '@mocharaka/core/contract';
import { buildOpenApiDocument } from '@mocharaka/core/openapi';
import { availableDatabases, type DatabaseKind } from './support/test-db.js';
import { useTestApp } from './support/test-app.js';

type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  minItems?: number;
  pattern?: string;
  items?: JsonSchema;
  $ref?: string;
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  oneOf?: JsonSchema[];
};

const CASES_PER_ENDPOINT = Number(process.env.MOCHARAKA_FUZZ_CASES ?? 1500);

/** A valid body per public POST: the fuzzer breaks one thing at a time in it. */
const VALID_BODIES: Record<string, (ratingKey: string) => Record<string, unknown>> = {
  '/v1/services/{id}/ratings': () => ({ level: 3, comment: 'ok', channel: 'web' }),
  '/v1/services/{id}/ratings/details': (ratingKey) => ({ ratingKey, comment: 'ok' }),
  '/v1/charters/{id}/adhesions': () => ({
    kind: 'association',
    name: 'Association Bab Zorgan pour le développement',
    contact: 'contact@babzorgan.ma',
    consent: true,
    registrationNumber: '2019/114',
    city: 'Taroudant',
  }),
  // Schema-valid but missing this survey's required answers: every mutation stays invalid.
  '/v1/consultations/{id}/responses': () => ({ participantToken: 'a'.repeat(32), answers: {} }),
  '/v1/petitions/{id}/signatures': () => ({
    fullName: 'Fatima Zahra Amrani',
    nationalId: 'JB123456',
    address: 'Derb Sidi Belkacem, Taroudant',
    eligibility: 'resident',
    consent: true,
  }),
  '/v1/suggestions': () => ({
    kind: 'suggestion',
    topic: 'cleanliness',
    text: 'Des poubelles couvertes près du marché Jnane Jamaa, vidées chaque matin.',
    contact: { name: 'Ahmed Ouali', value: 'ahmed@example.ma', purpose: 'follow_up' },
  }),
  '/v1/suggestions/{code}/supports': () => ({ supporterToken: 'b'.repeat(32) }),
  '/v1/meetings/{id}/registrations': () => ({ name: 'Khadija Ait Lahcen', contact: '0612345678', people: 2, consent: true }),
  '/v1/meetings/{id}/cancellations': () => ({ code: 'c'.repeat(24) }),
  '/v1/action-plans/{id}/projects/{project}/comments': () => ({
    text: 'Quand les travaux de la place Assarag commenceront-ils ?',
    contact: 'citoyen@example.ma',
  }),
};
/** The public POSTs whose valid body is valid as it is (a consultation's depends on its survey). */
const VALID_TEXT_BODIES = new Set([
  '/v1/services/{id}/ratings',
  '/v1/services/{id}/ratings/details',
  '/v1/charters/{id}/adhesions',
  '/v1/petitions/{id}/signatures',
]);
const PATH_IDS: Record<string, string> = {
  services: 'civil-status',
  petitions: 'bab-zorgan-lane-lighting',
  charters: 'taroudant-participation',
  consultations: 'action-programme-priorities',
  meetings: 'bab-zorgan-lighting-2027',
  'action-plans': 'taroudant-2022-2027',
};
/** The demo resources that fill a path's parameters other than the first `{id}`. */
const OTHER_PATH_PARAMS: Record<string, string> = { code: 'S-TRD0-0001', project: '1-1' };

/** A public POST's path with the demo commune's resources in it. */
const demoUrl = (path: string): string =>
  path.replace(/\{id\}/, PATH_IDS[path.split('/')[2]!] ?? 'x').replace(/\{(\w+)\}/g, (_, name: string) => OTHER_PATH_PARAMS[name] ?? 'x');

const EDGE_STRINGS = [
  '\u0000',
  '\u202Eevil\u202C',
  '\uD800',
  '\u200B\u200F',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  "'; DROP TABLE ratings; --",
  '𝕏'.repeat(3),
];

/** A deterministic generator, so a failing case can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function invalidValues(schema: JsonSchema): unknown[] {
  const wrongTypes: unknown[] = [null, true, [], {}, 1.5, 'x', { __proto__: { polluted: true } }];
  const values: unknown[] = wrongTypes.filter((value) => {
    if (schema.type === 'string') return typeof value !== 'string';
    if (schema.type === 'integer') return !Number.isInteger(value);
    if (schema.type === 'number') return typeof value !== 'number';
    if (schema.type === 'boolean') return typeof value !== 'boolean';
    if (schema.type === 'array') return !Array.isArray(value);
    if (schema.type === 'object') return typeof value !== 'object' || Array.isArray(value) || value === null;
    return value !== schema.const;
  });
  if (schema.maximum !== undefined) values.push(schema.maximum + 1, Number.MAX_SAFE_INTEGER * 10, 1e308);
  if (schema.minimum !== undefined) values.push(schema.minimum - 1, -0.5, -1e308);
  if (schema.maxLength !== undefined) values.push('ب'.repeat(schema.maxLength + 1));
  if (schema.minLength) values.push('x'.repeat(schema.minLength - 1));
  if (schema.enum) values.push('not-in-enum', String(schema.enum[0]).toUpperCase() + '\u0000');
  if (schema.const !== undefined) values.push(false, 'true', 1);
  if (schema.pattern === WELL_FORMED_TEXT.source) values.push('a\u0000b', '\uD800', 'x\uDFFFy');
  else if (schema.pattern) values.push('\u202E' + 'A B', 'a\u0000b', '--');
  if (schema.type === 'array' && schema.maxItems !== undefined) values.push(Array.from({ length: schema.maxItems + 1 }, (_, i) => `t${i}`));
  if (schema.type === 'array' && schema.items) values.push(invalidValues(schema.items).slice(0, 3));
  return values;
}

function resolve(document: ReturnType<typeof buildOpenApiDocument>, schema: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.split('/').pop()!;
  return (document.components as { schemas: Record<string, JsonSchema> }).schemas[name];
}

/** A text field any string may go into, but for U+0000 and unpaired surrogates. */
function isFreeText(schema: JsonSchema): boolean {
  return (
    schema.type === 'string' &&
    !schema.enum &&
    schema.const === undefined &&
    !schema.allOf &&
    (!schema.pattern || schema.pattern === WELL_FORMED_TEXT.source)
  );
}

/** Edge strings a valid text may carry; the ones WELL_FORMED_TEXT refuses must be a 422, the others stored as sent. */
const refused = (text: string) => !WELL_FORMED_TEXT.test(text);

function* hostileBodies(union: JsonSchema, valid: Record<string, unknown>, next: () => number): Generator<string> {
  // A union (e.g. association or citizen adhesion) is broken through its first branch.
  const schema = union.properties ? union : ((union.oneOf ?? union.anyOf)?.[0] ?? union);
  const fields = Object.keys(schema.properties ?? {});
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  const salted = (body: Record<string, unknown>) => {
    // Edge strings go into fields the schema lets be free text; the body stays invalid
    // because of the one thing broken on purpose.
    const free = fields.filter((field) => isFreeText(schema.properties![field]));
    const field = pick(free.length ? free : fields);
    if (field && next() < 0.5 && field in body && body[field] === valid[field]) body[field] = pick(EDGE_STRINGS);
    return body;
  };
  yield 'null';
  yield '1';
  yield '"a string"';
  yield '[]';
  yield '{';
  yield '{"level": 3,}';
  yield '['.repeat(20_000) + ']'.repeat(20_000);
  yield JSON.stringify({ a: JSON.parse('{"b":'.repeat(2_000) + '1' + '}'.repeat(2_000)) });
  yield '{"__proto__": {"admin": true}}';
  while (true) {
    const body: Record<string, unknown> = { ...valid };
    const mode = next();
    if (mode < 0.6 && fields.length) {
      const field = pick(fields);
      body[field] = pick(invalidValues(schema.properties![field]));
    } else if (mode < 0.75 && schema.required?.length) {
      delete body[pick(schema.required)];
    } else if (mode < 0.85) {
      Object.defineProperty(body, pick(['__proto__', 'constructor', 'prototype', 'isAdmin', '$where', '']), {
        value: pick([{ polluted: true }, { prototype: { polluted: true } }, 'x', 1]),
        enumerable: true,
      });
    } else {
      body[`unknown_${Math.floor(next() * 1000)}`] = pick(EDGE_STRINGS);
    }
    yield JSON.stringify(salted(body));
  }
}

async function rowCounts(db: { query<T>(sql: string): Promise<T[]> }): Promise<Record<string, number>> {
  const tables = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT IN ('idempotency_keys', 'rate_limits', 'schema_migrations')`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db.query<{ count: number }>(`SELECT count(*)::integer AS count FROM "${name}"`);
    counts[name] = row.count;
  }
  return counts;
}

const document = buildOpenApiDocument();
const publicPosts = Object.entries(
  document.paths as Record<string, Record<string, { requestBody?: { content: Record<string, { schema: JsonSchema }> } }>>,
)
  .filter(([path, item]) => item.post && !path.startsWith('/v1/admin/'))
  .map(([path, item]) => ({ path, schema: resolve(document, item.post.requestBody!.content['application/json'].schema) }));

/** The part of each endpoint's corpus a database runs: all of it when it is the only one. */
function corpusShare(kind: DatabaseKind): { from: number; to: number } {
  const kinds = availableDatabases();
  const size = Math.ceil(CASES_PER_ENDPOINT / kinds.length);
  const from = kinds.indexOf(kind) * size;
  return { from, to: Math.min(CASES_PER_ENDPOINT, from + size) };
}

for (const kind of availableDatabases()) {
  describe(`hostile bodies on ${kind}`, () => {
    const t = useTestApp(kind);

    test('every public POST of the OpenAPI document has a valid body to break', () => {
      assert.ok(publicPosts.length >= 2);
      for (const { path } of publicPosts) assert.ok(VALID_BODIES[path], `add a valid body for ${path} to the fuzzer`);
    });

    for (const { path, schema } of publicPosts.filter(({ path }) => VALID_TEXT_BODIES.has(path))) {
      test(`${path}: valid bodies carrying edge characters are stored, but U+0000 and lone surrogates are 422 in their field`, async () => {
        const url = demoUrl(path);
        const branch = schema.properties ? schema : ((schema.oneOf ?? schema.anyOf)?.[0] ?? schema);
        const valid = VALID_BODIES[path]!;
        const texts = Object.keys(branch.properties ?? {}).filter(
          (field) => isFreeText(branch.properties![field]!) && field in valid('') && field !== 'ratingKey',
        );
        assert.ok(texts.length > 0, `${path} has free-text fields`);
        for (const field of texts) {
          for (const edge of EDGE_STRINGS) {
            // Rated first, so the details have a rating to amend.
            const ratingKey = randomUUID();
            if (path.endsWith('/details'))
              await t.postJson('/v1/services/civil-status/ratings', { level: 4 }, { 'idempotency-key': ratingKey });
            const body = { ...valid(ratingKey), [field]: `${String(valid(ratingKey)[field])} ${edge}` };
            const before = await rowCounts(t.db);
            const response = await t.postJson(url, body, { 'idempotency-key': randomUUID() });
            const answer = (await response.json()) as { error?: { fields?: Record<string, string> } };
            if (refused(String(body[field]))) {
              assert.equal(response.status, 422, `${field} with ${JSON.stringify(edge)}`);
              assert.equal(answer.error?.fields?.[field], 'invalid_format', `${field} with ${JSON.stringify(edge)}`);
              assert.deepEqual(await rowCounts(t.db), before);
            } else {
              assert.ok(
                response.status === 200 || response.status === 201,
                `${field} with ${JSON.stringify(edge)}: ${response.status} ${JSON.stringify(answer)}`,
              );
            }
          }
        }
      });
    }

    test('U+0000 and lone surrogates in a consultation answer or a path id are refused, never a 500', async () => {
      for (const text of ['a\u0000b', '\uD800', 'x\uDC00y']) {
        const response = await t.postJson(
          '/v1/consultations/action-programme-priorities/responses',
          {
            participantToken: 'a'.repeat(32),
            answers: { anything: text },
          },
          { 'idempotency-key': randomUUID() },
        );
        assert.equal(response.status, 422, JSON.stringify(text));
      }
      for (const url of [
        '/v1/petitions/a%00b',
        '/v1/services/%00',
        '/v1/charters/x%ED%A0%80',
        '/v1/consultations/a%00b/results',
        '/v1/charters/x/versions/1%00',
      ]) {
        assert.equal((await t.app.request(url)).status, 404, url);
      }
      const signature = await t.postJson('/v1/petitions/a%00b/signatures', VALID_BODIES['/v1/petitions/{id}/signatures']!(''), {
        'idempotency-key': randomUUID(),
      });
      assert.equal(signature.status, 404);
    });

    // Both databases refuse through the same validation, so they share each endpoint's corpus
    // instead of each replaying all of it: every case runs once, on one of them.
    const share = corpusShare(kind);
    for (const { path, schema } of publicPosts) {
      test(`${path}: invalid bodies ${share.from + 1}–${share.to} of ${CASES_PER_ENDPOINT} are all refused with a 4xx error body, and change nothing`, async () => {
        const url = demoUrl(path);
        const before = await rowCounts(t.db);
        const bodies = hostileBodies(schema, VALID_BODIES[path]?.(randomUUID()) ?? {}, random(path.length * 7919));
        const statuses = new Map<number, number>();
        for (let index = 0; index < share.to; index++) {
          const body = bodies.next().value as string;
          if (index < share.from) continue;
          const response = await t.app.request(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
            body,
          });
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          assert.ok(response.status >= 400 && response.status < 500, `case ${index} got ${response.status}: ${body.slice(0, 200)}`);
          assert.ok(ErrorBody.safeParse(await response.json()).success, `case ${index}: the answer is not an error body`);
        }
        assert.deepEqual(await rowCounts(t.db), before);
        assert.equal(({} as Record<string, unknown>).polluted, undefined);
        assert.equal((Object.prototype as Record<string, unknown>).polluted, undefined);
        console.log(`${kind} ${path}: ${JSON.stringify(Object.fromEntries(statuses))}`);
      });
    }
  });
}

describe('JSON depth limit', () => {
  const t = useTestApp('pglite');
  test('a body nested deeper than the contract ever needs is refused with 400 json_too_deep', async () => {
    const deep = '{"a":'.repeat(40) + '1' + '}'.repeat(40);
    const response = await t.postJson('/v1/services/civil-status/ratings', deep);
    assert.equal(response.status, 400);
    assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'json_too_deep');
  });
});
