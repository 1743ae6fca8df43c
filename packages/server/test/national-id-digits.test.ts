/**
 * A national ID is one signatory however it is typed (issue 14.1, 15.10): Arabic-Indic,
 * Persian or full-width digits, spaces and bidi marks, lower case, and zeros padding the
 * number all normalise to the CNIE's one form, so the second signature adds no row.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readTypedNumber } from '@mocharaka/core';
import { SignatureInput, type PetitionInput } from '@mocharaka/core/contract';
import { ADMIN_TOKEN, useTestApp } from './support/test-app.js';
import { availableDatabases } from './support/test-db.js';

const AUTH = { authorization: `Bearer ${ADMIN_TOKEN}` };
const DAY = 24 * 60 * 60 * 1000;

const petition = (id: string): PetitionInput => ({
  id,
  title: { ar: 'عريضة', fr: 'Pétition' },
  body: { ar: 'نص' },
  demands: [{ ar: 'طلب' }],
  agent: { name: 'Khadija Oubella' },
  opensAt: new Date(Date.now() - DAY).toISOString(),
  closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
});

const signature = (nationalId: string) => ({
  fullName: 'Amina Ait Lhaj',
  nationalId,
  address: 'Derb Bab Zorgan 12, Taroudant',
  eligibility: 'resident',
  consent: true,
});

test('the schema normalises every way of typing one CNIE to the same value', () => {
  const forms = ['JE345678', 'JE٣٤٥٦٧٨', 'je ۳۴۵-۶۷۸', 'ＪＥ３４５６７８', '\u200fJE 345 678\u200f', 'JE0345678', 'JE00345678'];
  for (const form of forms) {
    const parsed = SignatureInput.safeParse(signature(form));
    assert.ok(parsed.success, `${JSON.stringify(form)} refused`);
    assert.equal(parsed.data.nationalId, 'JE345678', JSON.stringify(form));
  }
  for (const refused of ['JE0', 'JE12345678', 'ABC123', '123456', 'JE٣٤x٥']) {
    assert.equal(SignatureInput.safeParse(signature(refused)).success, false, `${JSON.stringify(refused)} accepted`);
  }
});

for (const kind of availableDatabases()) {
  describe(`one signatory however the ID is typed, on ${kind}`, () => {
    const t = useTestApp(kind);

    test('JE٣٤٥٦٧٨, JE345678 and JE0345678 sign once: one row', async () => {
      assert.equal((await t.postJson('/v1/admin/petitions', petition('digits-once'), AUTH)).status, 201);
      for (const form of ['JE٣٤٥٦٧٨', 'JE345678', 'je ۰۳۴۵۶۷۸']) {
        const response = await t.postJson('/v1/petitions/digits-once/signatures', signature(form));
        assert.equal(response.status, 201, `${form}: ${await response.text()}`);
      }
      const rows = await t.db.query<{ count: number }>(
        'SELECT count(*)::integer AS count FROM petition_signatures WHERE petition_id = $1',
        ['digits-once'],
      );
      assert.equal(rows[0].count, 1);
    });
  });
}

test('a number is read as a keyboard types it: any digits, either decimal separator, spaces between thousands', () => {
  const read: Array<[string, number]> = [
    ['12', 12],
    ['١٢', 12],
    ['۱۲', 12],
    ['１２', 12],
    ['3,5', 3.5],
    ['٣٫٥', 3.5],
    ['3.5', 3.5],
    ['.5', 0.5],
    ['1 234', 1234],
    ['1\u202f234', 1234],
    ['١٬٢٣٤', 1234],
    [' \u200f٤٠\u200f ', 40],
    ['-7', -7],
    ['\u22127', -7],
    ['0', 0],
  ];
  for (const [typed, number] of read) assert.equal(readTypedNumber(typed), number, JSON.stringify(typed));
  for (const refused of ['', '  ', 'abc', '12a', '1.234,5', '1,2,3', '--1', '1e3', 'Infinity', '0x10', '5.', '٪'])
    assert.ok(Number.isNaN(readTypedNumber(refused)), `${JSON.stringify(refused)} is not a number`);
});

test('a phone number typed with Arabic-Indic digits is stored with Latin digits', () => {
  const parsed = SignatureInput.safeParse({ ...signature('JE345678'), contact: '+٢١٢ ٦٠٠ ١٢٣ ٤٥٦' });
  assert.ok(parsed.success);
  assert.equal(parsed.data.contact, '+212 600 123 456');
});
