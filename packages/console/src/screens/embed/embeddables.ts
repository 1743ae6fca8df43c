import { msg } from '@lit/localize';
import type { LocalizedText } from '@mocharaka/core';
import type { AdminCharterList, AdminConsultationList, AdminPetitionList, ServiceList } from '@mocharaka/core/contract';
import type { StaffApi } from '../../api/staff-api.js';

export const EMBED_KINDS = ['petition', 'consultation', 'charter', 'service'] as const;
export type EmbedKind = (typeof EMBED_KINDS)[number];

/** Each kind's element and the attribute naming the item (see each element's custom-elements.json). */
export const EMBED_ELEMENTS: Record<EmbedKind, { tag: string; attribute: string }> = {
  petition: { tag: 'mocharaka-petition', attribute: 'petition' },
  consultation: { tag: 'mocharaka-consultation', attribute: 'consultation' },
  charter: { tag: 'mocharaka-charter', attribute: 'charter' },
  service: { tag: 'mocharaka-satisfaction', attribute: 'service' },
};

export interface Embeddable {
  kind: EmbedKind;
  id: string;
  title: LocalizedText;
}

export function embedKindLabel(kind: EmbedKind): string {
  switch (kind) {
    case 'petition':
      return msg('Petitions');
    case 'consultation':
      return msg('Consultations');
    case 'charter':
      return msg('Charters');
    case 'service':
      return msg('Services (satisfaction)');
  }
}

/** Everything the commune can embed, by kind. */
export async function loadEmbeddables(api: StaffApi, signal: AbortSignal): Promise<Embeddable[]> {
  const [petitions, consultations, charters, services] = await Promise.all([
    api.get<AdminPetitionList>('/v1/admin/petitions', undefined, signal),
    api.get<AdminConsultationList>('/v1/admin/consultations', undefined, signal),
    api.get<AdminCharterList>('/v1/admin/charters', undefined, signal),
    api.get<ServiceList>('/v1/services', undefined, signal),
  ]);
  return [
    ...petitions.items.map((item) => ({ kind: 'petition' as const, id: item.id, title: item.title })),
    ...consultations.items.map((item) => ({ kind: 'consultation' as const, id: item.id, title: item.title })),
    ...charters.items.map((item) => ({ kind: 'charter' as const, id: item.id, title: item.title })),
    ...services.items.map((item) => ({ kind: 'service' as const, id: item.id, title: item.name })),
  ];
}

/**
 * The exact HTML a CMS administrator pastes: the loader from this server (it preloads the
 * element's modules and asks for its data at once, and serves every other tag of the
 * page too), and the element.
 */
export function embedSnippet(kind: EmbedKind, id: string, origin: string, lang: string): string {
  const { tag, attribute } = EMBED_ELEMENTS[kind];
  return [
    `<script type="module" src="${origin}/elements/mocharaka.js"></script>`,
    `<${tag} endpoint="${origin}/v1" ${attribute}="${id}" lang="${lang}"></${tag}>`,
  ].join('\n');
}

/** Loads the real element for the live preview (each its own chunk). */
export function loadElement(kind: EmbedKind): Promise<unknown> {
  switch (kind) {
    case 'petition':
      return import('@mocharaka/petition/mocharaka-petition.js');
    case 'consultation':
      return import('@mocharaka/consultation/mocharaka-consultation.js');
    case 'charter':
      return import('@mocharaka/charter/mocharaka-charter.js');
    case 'service':
      return import('@mocharaka/satisfaction/mocharaka-satisfaction.js');
  }
}
