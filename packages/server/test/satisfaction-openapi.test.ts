import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useTestApp } from './support/test-app.js';

type Document = {
  paths: Record<string, Record<string, { requestBody?: unknown; responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> };
};

describe('satisfaction in the OpenAPI document', () => {
  const t = useTestApp('pglite');

  test('lists POST /v1/services/{id}/ratings/details with RatingDetailsInput', async () => {
    const response = await t.app.request('/v1/openapi.json');
    assert.equal(response.status, 200);
    const document = (await response.json()) as Document;
    const details = document.paths['/v1/services/{id}/ratings/details']?.post;
    assert.ok(details, 'details path');
    assert.deepEqual(details.requestBody, {
      required: true,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/RatingDetailsInput' } } },
    });
    assert.deepEqual(Object.keys(details.responses).sort(), ['200', '400', '404', '405', '409', '413', '415', '422', '429', '500']);
    assert.match(JSON.stringify(details.responses['200']), /#\/components\/schemas\/RatingReceipt/);
    assert.match(JSON.stringify(details.responses['404']), /rating_not_found/);

    assert.ok(document.paths['/v1/services/{id}/ratings']?.post?.responses['429'], 'ratings POST documents 429');
    const schema = document.components.schemas.RatingDetailsInput;
    assert.ok(schema, 'RatingDetailsInput component');
    assert.deepEqual(Object.keys(schema.properties ?? {}).sort(), ['comment', 'ratingKey', 'tags']);
    assert.deepEqual(schema.required, ['ratingKey']);
  });
});
