import { SUGGESTION_CONTACT_PURPOSE, type AdminSuggestionDetail, type SuggestionInput } from '@mocharaka/core/contract';
import type { DerivedKeys } from '../crypto/keys.js';
import { open, seal } from '../crypto/sealed-box.js';

export type SuggestionContact = NonNullable<AdminSuggestionDetail['contact']>;

/** Authenticated with the ciphertext: a sealed contact moved to another suggestion's row no longer opens. */
const context = (code: string) => `suggestion-contact:${code}`;

/** The citizen's name and contact, sealed like a charter adhesion's: nothing of it is stored in clear. */
export function sealContact(keys: DerivedKeys, code: string, contact: NonNullable<SuggestionInput['contact']>): Buffer {
  const data: SuggestionContact = { value: contact.value, purpose: contact.purpose, ...(contact.name ? { name: contact.name } : {}) };
  return seal(keys.encryptionKey, JSON.stringify(data), context(code));
}

export function openContact(keys: DerivedKeys, code: string, sealed: Uint8Array): SuggestionContact {
  const data = JSON.parse(open(keys.encryptionKey, Buffer.from(sealed), context(code))) as SuggestionContact;
  return { value: data.value, purpose: data.purpose ?? SUGGESTION_CONTACT_PURPOSE, ...(data.name ? { name: data.name } : {}) };
}
