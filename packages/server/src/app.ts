import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { fileURLToPath } from 'node:url';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { publicCors } from './http/cors.js';
import { HttpError } from './http/http-error.js';
import { ProofOfWork } from './http/proof-of-work.js';
import { defaultLogWriter, logUnexpectedError, requestLog, type LogWriter } from './http/request-log.js';
import { securityHeaders } from './http/security-headers.js';
import { submissionLimits } from './http/submission-limits.js';
import { adminRoutes } from './routes/admin.js';
import { adminCharterRoutes } from './routes/admin-charters.js';
import { adminConsultationRoutes } from './routes/admin-consultations.js';
import { consoleRoutes } from './routes/console.js';
import { consultationRoutes } from './routes/consultations.js';
import { adminPetitionRoutes } from './routes/admin-petitions.js';
import { charterRoutes } from './routes/charters.js';
import { healthRoutes } from './routes/health.js';
import { openApiRoutes } from './routes/openapi.js';
import { petitionRoutes } from './routes/petitions.js';
import { serviceRoutes } from './routes/services.js';
import { staticFileRoutes } from './routes/static-files.js';

export const MAX_BODY_BYTES = 64 * 1024;

/** The repository's standalone browser build, next to `packages/`. */
const DEFAULT_ELEMENTS_DIR = fileURLToPath(new URL('../../../dist-standalone/', import.meta.url));

export interface AppOptions {
  db: Database;
  /**
   * Without `secretKey` the petition routes are not served (they hash and encrypt with keys derived from it).
   * `proofOfWork` absent or false: public submissions need no proof of work (tests, benchmarks); main.ts
   * passes the configured setting, on by default. On, it needs `secretKey` (the challenges' key derives from it).
   */
  config: Pick<Config, 'adminToken' | 'allowedOrigins'> & Partial<Pick<Config, 'secretKey' | 'rateLimits' | 'proofOfWork'>>;
  log?: LogWriter;
  elementsDir?: string;
  /** Sites served beside the API, mounted at `/` (the demo commune's page in demo mode). */
  sites?: readonly Hono[];
}

/** The whole HTTP server as a Hono app: tests call `app.request()`, main.ts serves it. */
export function createApp({ db, config, log = defaultLogWriter(), elementsDir = DEFAULT_ELEMENTS_DIR, sites = [] }: AppOptions): Hono {
  const app = new Hono();
  if (config.proofOfWork && !config.secretKey) throw new Error('Proof of work needs a secret key');
  const proof = config.proofOfWork && config.secretKey ? new ProofOfWork(config.secretKey) : undefined;

  app.use(requestLog(log));
  app.use(securityHeaders);
  app.use('/v1/*', async (c, next) => {
    if (c.req.path.startsWith('/v1/admin/')) return next();
    return publicCors(config.allowedOrigins)(c, next);
  });
  app.use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new HttpError(413, 'payload_too_large', `The body must not exceed ${MAX_BODY_BYTES / 1024} kB`);
      },
    }),
  );

  if (config.rateLimits) app.use('/v1/*', submissionLimits(db, config.rateLimits));

  healthRoutes(app, db);
  openApiRoutes(app);
  if (proof) app.get('/v1/challenge', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(proof.createChallenge());
  });
  serviceRoutes(app, db, config.rateLimits, proof); // absent (tests, benchmarks): no rate limits
  adminRoutes(app, db, config.adminToken);
  if (config.secretKey) petitionRoutes(app, db, config.secretKey, proof);
  if (config.secretKey) adminPetitionRoutes(app, db, config.adminToken, config.secretKey);
  consultationRoutes(app, db, proof);
  adminConsultationRoutes(app, db, config.adminToken);
  charterRoutes(app, db, proof);
  adminCharterRoutes(app, db, config.adminToken);
  for (const site of sites) app.route('/', site);
  consoleRoutes(app);
  staticFileRoutes(app, elementsDir);

  app.notFound((c) => errorResponse(c, new HttpError(404, 'not_found', 'No such route')));
  app.onError((error, c) => {
    if (error instanceof HttpError) return errorResponse(c, error);
    if (error instanceof HTTPException) {
      return errorResponse(c, new HttpError(error.status as HttpError['status'], 'http_error', error.message || 'Request failed'));
    }
    logUnexpectedError(log, error, c.req.method, c.req.path);
    return errorResponse(c, new HttpError(500, 'internal_error', 'An unexpected error occurred'));
  });

  return app;
}

function errorResponse(c: Context, error: HttpError): Response {
  for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  return c.json(error.toBody(), error.status);
}
