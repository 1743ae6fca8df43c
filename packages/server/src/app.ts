import { MAX_BODY_BYTES } from '@mocharaka/core/contract';
import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { fileURLToPath } from 'node:url';
import type { Config } from './config.js';
import { deriveKeys } from './crypto/keys.js';
import type { Database } from './db/database.js';
import { requireAdmin } from './http/admin-auth.js';
import { bodyLimit } from './http/body-limit.js';
import { HttpError } from './http/http-error.js';
import type { OperationDeps, StaffEnv } from './http/operation-router.js';
import { ProofOfWork } from './http/proof-of-work.js';
import { resourceLoad } from './http/submission-limits.js';
import { defaultLogWriter, logUnexpectedError, requestLog, type LogWriter } from './http/request-log.js';
import { publicCache } from './http/public-cache.js';
import { securityHeaders } from './http/security-headers.js';
import { compressPublicApi } from './http/compression.js';
import { adminCharterRoutes } from './routes/admin-charters.js';
import { actionPlanRoutes } from './routes/action-plan.js';
import { adminActionPlanRoutes } from './routes/admin-action-plan.js';
import { adminMeetingRoutes } from './routes/admin-meetings.js';
import { meetingRoutes } from './routes/meetings.js';
import { adminConsultationRoutes } from './routes/admin-consultations.js';
import { adminPetitionRoutes } from './routes/admin-petitions.js';
import { adminServiceRoutes } from './routes/admin-services.js';
import { charterRoutes } from './routes/charters.js';
import { consoleRoutes } from './routes/console.js';
import { consultationRoutes } from './routes/consultations.js';
import { petitionRoutes } from './routes/petitions.js';
import { staffApiRoutes } from './routes/admin-staff-api.js';
import { serverInfoRoutes } from './routes/server-info.js';
import { serviceRoutes } from './routes/services.js';
import { staticFileRoutes } from './routes/static-files.js';
import { adminSuggestionRoutes } from './routes/admin-suggestions.js';
import { suggestionRoutes } from './routes/suggestions.js';

export { MAX_BODY_BYTES };

/** The repository's standalone browser build, next to `packages/`. */
const DEFAULT_ELEMENTS_DIR = fileURLToPath(new URL('../../../dist-standalone/', import.meta.url));

export interface AppOptions {
  db: Database;
  /**
   * Without `secretKey` the petition and charter routes are not served (they hash and encrypt with keys derived from it).
   * `proofOfWork` absent or false: public submissions need no proof of work (tests, benchmarks); main.ts
   * passes the configured setting, on by default. On, it needs `secretKey` (the challenges' key derives from it).
   */
  config: Pick<Config, 'adminToken' | 'allowedOrigins'> &
    Partial<Pick<Config, 'secretKey' | 'rateLimits' | 'proofOfWork' | 'signatureRetentionDays' | 'passwordCost'>>;
  log?: LogWriter;
  elementsDir?: string;
  /** Sites served beside the API, mounted at `/` (the demo commune's page in demo mode). */
  sites?: readonly Hono[];
}

/** The whole HTTP server as a Hono app: tests call `app.request()`, main.ts serves it. */
export function createApp({ db, config, log = defaultLogWriter(), elementsDir = DEFAULT_ELEMENTS_DIR, sites = [] }: AppOptions): Hono {
  const app = new Hono();
  if (config.proofOfWork && !config.secretKey) throw new Error('Proof of work needs a secret key');
  const proof = config.proofOfWork && config.secretKey ? new ProofOfWork(config.secretKey, resourceLoad(db, config.rateLimits)) : undefined;

  app.use(requestLog(log));
  app.use(securityHeaders);
  app.use('/v1/*', compressPublicApi);
  app.use('/v1/*', publicCache);
  app.use(bodyLimit(MAX_BODY_BYTES));

  // Each module is a sub-app of operations of the route table, which scopes CORS, roles,
  // rate limits and proof of work per operation. Petitions and charters need the secret key's keys.
  const deps: OperationDeps = { db, proof, rateLimits: config.rateLimits, allowedOrigins: config.allowedOrigins };
  const keys = config.secretKey ? deriveKeys(config.secretKey) : undefined;
  app.route('/v1', serverInfoRoutes(deps));
  app.route('/v1', serviceRoutes(deps));
  if (keys) app.route('/v1', petitionRoutes(deps, keys));
  app.route('/v1', consultationRoutes(deps));
  if (keys) app.route('/v1', charterRoutes(deps, keys));
  if (keys) app.route('/v1', actionPlanRoutes(deps, keys));
  if (keys) app.route('/v1', suggestionRoutes(deps, keys));
  if (keys) app.route('/v1', meetingRoutes(deps, keys));

  // Staff: authenticated once for the whole of /v1/admin, then each operation checks its roles.
  staffApiRoutes(app, {
    db,
    adminToken: config.adminToken,
    trustedProxies: config.rateLimits?.trustedProxies,
    retentionDays: config.signatureRetentionDays,
    passwordCost: config.passwordCost,
  });
  const admin = new Hono<StaffEnv>();
  admin.use('*', requireAdmin(config.adminToken));
  admin.route('/', adminServiceRoutes(deps));
  if (keys) admin.route('/', adminPetitionRoutes(deps, keys));
  admin.route('/', adminConsultationRoutes(deps));
  if (keys) admin.route('/', adminCharterRoutes(deps, keys));
  if (keys) admin.route('/', adminActionPlanRoutes(deps, keys));
  if (keys) admin.route('/', adminSuggestionRoutes(deps, keys));
  if (keys) admin.route('/', adminMeetingRoutes(deps, keys));
  app.route('/v1/admin', admin);

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
