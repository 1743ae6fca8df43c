import { buildOpenApiDocument } from '@mocharaka/core/openapi';
import type { Health } from '@mocharaka/core/contract';
import { OperationRouter, type OperationDeps } from '../http/operation-router.js';
import { SERVER_VERSION } from '../version.js';

/** Health, this contract's OpenAPI document, and the proof-of-work challenge while proof of work is on. */
export function serverInfoRoutes(deps: OperationDeps) {
  const document = buildOpenApiDocument(SERVER_VERSION);
  const router = new OperationRouter('/v1', deps)
    .serve('getHealth', async (c) => {
      // A health check asks about now: no cache may answer it.
      c.header('Cache-Control', 'no-store');
      await deps.db.query('SELECT 1');
      return c.json({ status: 'ok', database: deps.db.kind, version: SERVER_VERSION } satisfies Health);
    })
    .serve('getOpenApiDocument', (c) => c.json(document));
  const { proof } = deps;
  if (proof) {
    router.serve('getChallenge', async (c) => {
      c.header('Cache-Control', 'no-store');
      // `resource`: the submission path the proof is for, whose load sets its difficulty.
      return c.json(await proof.challengeFor(c.req.query('resource')));
    });
  }
  return router.build();
}
