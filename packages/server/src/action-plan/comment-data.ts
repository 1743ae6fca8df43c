import type { DerivedKeys } from '../crypto/keys.js';
import { open, seal } from '../crypto/sealed-box.js';

/** Bound to the comment's reference: a sealed contact moved to another row no longer opens. */
const context = (reference: string) => `action-plan-comment:${reference}`;

export function sealContact(keys: DerivedKeys, reference: string, contact: string): Buffer {
  return seal(keys.encryptionKey, JSON.stringify({ contact }), context(reference));
}

export function openContact(keys: DerivedKeys, reference: string, sealed: Uint8Array): string {
  return (JSON.parse(open(keys.encryptionKey, Buffer.from(sealed), context(reference))) as { contact: string }).contact;
}
