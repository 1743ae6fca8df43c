import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ADMIN_TOKEN, useTestApp } from './support/test-app.js';
import { availableDatabases } from './support/test-db.js';

const AUTH = { authorization: `Bearer ${ADMIN_TOKEN}` };
const TRIGGERS = /^[=+\-@\t\r]/;

/** Text a hostile citizen may type: formulas behind every separator a spreadsheet may split on. */
const HOSTILE = [
  '=HYPERLINK("http://evil")',
  'Rue 1;=cmd|" /C calc"!A0',
  'x,+1+1',
  'tab\t-2+3',
  'semi; @SUM(A1)',
  'quote;"=1"',
  'line\n=1+1',
];

/** What a spreadsheet that ignores quotes sees when it splits each line on `separator`. */
function naiveCells(csv: string, separator: string): string[] {
  return csv
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .flatMap((line) => line.split(separator))
    .map((cell) => cell.replace(/^[\s"]+/, ''));
}

for (const kind of availableDatabases()) {
  describe(`CSV exports against formulas on ${kind}`, () => {
    const t = useTestApp(kind);
    const get = async (path: string) => {
      const response = await t.app.request(path, { headers: AUTH });
      assert.equal(response.status, 200, `${path}: ${await response.clone().text()}`);
      return response.text();
    };

    test('every export, split by `,`, `;` or tab, has no cell starting a formula; every cell is quoted', async () => {
      for (const [index, text] of HOSTILE.entries()) {
        const comment = text.replace(/\n/g, ' ');
        assert.equal((await t.postJson('/v1/services/civil-status/ratings', { level: 2, comment })).status, 201);
        const adhesion = { kind: 'citizen', name: text.replace(/\n/g, ' '), contact: `+212 661 23 45 6${index}`, consent: true };
        const adhered = await t.postJson('/v1/charters/taroudant-participation/adhesions', adhesion);
        assert.equal(adhered.status, 201, await adhered.clone().text());
        const signature = {
          fullName: `Amina ${comment}`.slice(0, 120),
          nationalId: `AB${100000 + index}`,
          address: comment,
          eligibility: 'resident',
          consent: true,
        };
        const signed = await t.postJson('/v1/petitions/bab-zorgan-lane-lighting/signatures', signature);
        assert.equal(signed.status, 201, await signed.clone().text());
        await t.db.query(
          `INSERT INTO consultation_responses (consultation_id, token_hash, answers)
           VALUES ('taroudant-participation-charter-2024', decode(md5($1), 'hex'), $2::jsonb)`,
          [String(index), { 'read-draft': 'partly', clarity: 3, 'priority-mechanisms': ['petitions'], suggestions: text }],
        );
      }
      const exports = {
        ratings: await get('/v1/admin/services/civil-status/ratings.csv'),
        adhesions: await get('/v1/admin/charters/taroudant-participation/adhesions.csv'),
        signatures: await get('/v1/admin/petitions/bab-zorgan-lane-lighting/signatures.csv'),
        responses: await get('/v1/admin/consultations/taroudant-participation-charter-2024/responses.csv'),
      };
      for (const [name, csv] of Object.entries(exports)) {
        assert.ok(csv.includes('cmd|'), `${name} holds the hostile text`);
        for (const separator of [',', ';', '\t']) {
          const dangerous = naiveCells(csv, separator).filter((cell) => TRIGGERS.test(cell));
          assert.deepEqual(dangerous, [], `${name} split on ${JSON.stringify(separator)}`);
        }
        // RFC 4180 reading: every cell of the header line is quoted.
        const header = csv.replace(/^\uFEFF/, '').split('\r\n')[0]!;
        assert.match(header, /^"[^"]*"(,"[^"]*")*$/, name);
      }
    });
  });
}
