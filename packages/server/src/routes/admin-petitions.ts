import { PaperSignaturesInput, PetitionInput, StatusChangeInput } from '@mocharaka/core/contract';
import type { Context, Hono } from 'hono';
import { deriveKeys } from '../crypto/keys.js';
import type { Database } from '../db/database.js';
import { requireAdmin } from '../http/admin-auth.js';
import { HttpError, notFound } from '../http/http-error.js';
import { idempotent } from '../http/idempotency.js';
import { readJsonBody } from '../http/json-body.js';
import { pathParam, resource } from '../http/methods.js';
import { exportLanguage, signaturesCsv, signaturesPage } from '../petitions/export.js';
import { decryptedSignatures } from '../petitions/signatures.js';
import { changeStatus, findPetition, paperSignatureTotal, recordPaperSignatures, upsertPetition } from '../petitions/store.js';

/** Staff petition routes, behind the admin token (checked here too, whatever the registration order). */
export function adminPetitionRoutes(app: Hono, db: Database, adminToken: string, secretKey: string): void {
  const keys = deriveKeys(secretKey);
  const admin = requireAdmin(adminToken);
  app.use('/v1/admin/petitions', admin);
  app.use('/v1/admin/petitions/*', admin);

  resource(app, '/v1/admin/petitions', {
    POST: async (c) => {
      const body = await readJsonBody(c, PetitionInput);
      if (Date.parse(body.value.closesAt) <= Date.parse(body.value.opensAt)) {
        throw new HttpError(422, 'validation_failed', 'Some fields are invalid', { closesAt: 'invalid_value' });
      }
      return idempotent(c, db, body.raw, async (tx) => {
        const outcome = await upsertPetition(tx, body.value);
        if (!outcome) throw new HttpError(409, 'commune_missing', 'No commune is configured on this server yet');
        return { status: outcome.created ? 201 : 200, body: outcome.petition };
      });
    },
  });

  resource(app, '/v1/admin/petitions/:id/status', {
    POST: async (c) => {
      const body = await readJsonBody(c, StatusChangeInput);
      return idempotent(c, db, body.raw, async (tx) => {
        const outcome = await changeStatus(tx, pathParam(c, 'id'), body.value);
        if (outcome.ok) return { status: 200, body: outcome.petition };
        if (outcome.reason === 'not_found') throw notFound('Petition');
        if (outcome.reason === 'before_last_change') {
          throw new HttpError(422, 'validation_failed', 'The change cannot predate the previous one', { at: 'invalid_value' });
        }
        throw new HttpError(409, 'invalid_transition', `A ${outcome.from} petition cannot become ${body.value.status}`);
      });
    },
  });

  resource(app, '/v1/admin/petitions/:id/paper-signatures', {
    POST: async (c) => {
      const body = await readJsonBody(c, PaperSignaturesInput);
      return idempotent(c, db, body.raw, async (tx) => {
        const outcome = await recordPaperSignatures(tx, pathParam(c, 'id'), body.value);
        if (outcome === 'not_found') throw notFound('Petition');
        if (outcome === 'closed') {
          throw new HttpError(409, 'petition_closed', 'Paper signatures are recorded while collecting or at the deposit');
        }
        return { status: 201, body: outcome };
      });
    },
  });

  const signatures = async (c: Context) => {
    const id = pathParam(c, 'id');
    const petition = await findPetition(db, id);
    if (!petition) throw notFound('Petition');
    c.header('Cache-Control', 'no-store');
    return { petition, list: await decryptedSignatures(db, keys, id), lang: exportLanguage(c.req.query('lang')) };
  };

  resource(app, '/v1/admin/petitions/:id/signatures.csv', {
    GET: async (c) => {
      const { petition, list, lang } = await signatures(c);
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="petition-${petition.id}-signatures.csv"`);
      return c.body(signaturesCsv(list, lang));
    },
  });

  resource(app, '/v1/admin/petitions/:id/signatures.html', {
    GET: async (c) => {
      const { petition, list, lang } = await signatures(c);
      c.header('Content-Language', lang);
      return c.html(signaturesPage(petition, list, lang, await paperSignatureTotal(db, petition.id)).value);
    },
  });
}
