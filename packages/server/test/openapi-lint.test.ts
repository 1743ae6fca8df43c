/**
 * The generated OpenAPI document passes Redocly's recommended rules (the engine of
 * `redocly lint`) with no error and no warning, and says what the server accepts.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { NATIONAL_ID_PATTERN, SignatureInput, normalizeNationalId } from '@mocharaka/core/contract';
import { buildOpenApiDocument } from '@mocharaka/core/openapi';

type Schema = { properties: Record<string, { pattern?: string; maxLength?: number }> };
type Document = {
  paths: Record<string, Record<string, { responses: Record<string, { headers?: Record<string, unknown> }> }>>;
  components: { schemas: Record<string, Schema> };
};

const document = buildOpenApiDocument() as unknown as Document;

describe('the OpenAPI document', () => {
  test('passes redocly’s recommended rules without a problem', async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: 'openapi.json', config });
    assert.deepEqual(
      problems.map((problem) => `${problem.severity} ${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer}`),
      [],
    );
  });

  test('declares 429 with Retry-After on rate-limited submissions, Idempotent-Replayed on idempotent answers, 405 with Allow everywhere', () => {
    for (const path of [
      '/v1/petitions/{id}/signatures',
      '/v1/charters/{id}/adhesions',
      '/v1/consultations/{id}/responses',
      '/v1/services/{id}/ratings',
    ]) {
      const { responses } = document.paths[path]!.post!;
      assert.ok(responses['429']?.headers?.['Retry-After'], `${path} 429 Retry-After`);
      const success = responses['201'] ?? responses['200'];
      assert.ok(success?.headers?.['Idempotent-Replayed'], `${path} Idempotent-Replayed`);
    }
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item))
        assert.ok(operation.responses['405']?.headers?.Allow, `${method} ${path} 405`);
    }
  });

  test('the nationalId pattern, with the normalised form the description states, accepts exactly what the server accepts', () => {
    const property = document.components.schemas.SignatureInput!.properties.nationalId!;
    const documented = new RegExp(property.pattern!, 'u');
    const letters = ['', 'a', 'AB', 'abc', 'é', 'ß'];
    const digits = ['', '1', '123456', '1234567', '12345678', '٣٤٥'];
    const separators = ['', ' ', '-', '.', '/', '_', '  ', '+'];
    for (const letter of letters) {
      for (const digit of digits) {
        for (const separator of separators) {
          for (const value of [
            `${letter}${separator}${digit}`,
            `${separator}${letter}${digit}${separator}`,
            `${letter.split('').join(separator)}${digit}`,
          ]) {
            const served = SignatureInput.shape.nationalId.safeParse(value).success;
            const described =
              value.length <= property.maxLength! && documented.test(value) && NATIONAL_ID_PATTERN.test(normalizeNationalId(value));
            assert.equal(described, served, JSON.stringify(value));
          }
        }
      }
    }
  });
});
