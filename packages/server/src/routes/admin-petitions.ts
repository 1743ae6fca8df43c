import type { Context } from 'hono';
import type { DerivedKeys } from '../crypto/keys.js';
import { HttpError, invalidFields, notFound } from '../http/http-error.js';
import { OperationRouter, type OperationDeps } from '../http/operation-router.js';
import { exportLanguage, signaturesCsv, signaturesPage } from '../petitions/export.js';
import { decryptedSignatures } from '../petitions/signatures.js';
import { changeStatus, findPetition, paperSignatureTotal, recordPaperSignatures, upsertPetition } from '../petitions/store.js';
import { adminPetitions, findAdminPetition } from '../staff/admin-lists.js';
import { communeMissing } from './responses.js';

/** Staff petition routes: create and edit, the life cycle, paper signatures, the signature lists. */
export function adminPetitionRoutes(deps: OperationDeps, keys: DerivedKeys) {
  const { db } = deps;

  const signatures = async (c: Context, id: string, lang: string | undefined) => {
    const petition = (await findPetition(db, id)) ?? throwNotFound();
    c.header('Cache-Control', 'no-store');
    return { petition, list: await decryptedSignatures(db, keys, id), lang: exportLanguage(lang) };
  };

  return new OperationRouter('/v1/admin', deps)
    .serve('listPetitionsForStaff', async (c) => c.json({ items: await adminPetitions(db) }))
    .serve('getPetitionForStaff', async (c, { params }) => c.json((await findAdminPetition(db, params.id)) ?? throwNotFound()))
    .serve('upsertPetition', {
      check: ({ body }) => {
        if (Date.parse(body.closesAt) <= Date.parse(body.opensAt)) throw invalidFields({ closesAt: 'invalid_value' });
      },
      write: async (tx, { body }) => {
        const outcome = await upsertPetition(tx, body);
        if (!outcome) throw communeMissing();
        return { status: outcome.created ? 201 : 200, body: outcome.petition };
      },
    })
    .serve('changePetitionStatus', {
      write: async (tx, { params, body }) => {
        const outcome = await changeStatus(tx, params.id, body);
        if (outcome.ok) return { status: 200, body: outcome.petition };
        if (outcome.reason === 'not_found') throwNotFound();
        if (outcome.reason === 'before_last_change')
          throw invalidFields({ at: 'invalid_value' }, 'The change cannot predate the previous one');
        if (outcome.reason === 'below_threshold') {
          throw new HttpError(
            422,
            'below_threshold',
            `The petition has ${outcome.count} of the ${outcome.threshold} signatures its threshold asks; send "force": true to deposit it anyway`,
          );
        }
        throw new HttpError(409, 'invalid_transition', `A ${outcome.from} petition cannot become ${body.status}`);
      },
    })
    .serve('recordPaperSignatures', {
      write: async (tx, { params, body }) => {
        const outcome = await recordPaperSignatures(tx, params.id, body);
        if (outcome === 'not_found') throwNotFound();
        if (outcome === 'closed')
          throw new HttpError(409, 'petition_closed', 'Paper signatures are recorded while collecting or at the deposit');
        return { status: 201, body: outcome };
      },
    })
    .serve('exportPetitionSignatures', async (c, { params, query }) => {
      const { petition, list, lang } = await signatures(c, params.id, query.lang);
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="petition-${petition.id}-signatures.csv"`);
      return c.body(signaturesCsv(list, lang));
    })
    .serve('printPetitionSignatures', async (c, { params, query }) => {
      const { petition, list, lang } = await signatures(c, params.id, query.lang);
      c.header('Content-Language', lang);
      return c.html(signaturesPage(petition, list, lang, await paperSignatureTotal(db, petition.id)).value);
    })
    .build();
}

function throwNotFound(): never {
  throw notFound('Petition');
}
