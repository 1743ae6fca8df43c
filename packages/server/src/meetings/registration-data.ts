import { createHash, randomBytes } from 'node:crypto';
import type { DerivedKeys } from '../crypto/keys.js';
import { open, seal } from '../crypto/sealed-box.js';

/** What a registration seals in `personal_data`: the registrant's name and optional contact. */
export interface RegistrationPersonalData {
  name: string;
  contact?: string;
}

/** Authenticated with the ciphertext: a sealed value moved to another meeting's row no longer opens. */
const context = (meetingId: string) => `meeting-registration:${meetingId}`;

export function sealRegistration(keys: DerivedKeys, meetingId: string, data: RegistrationPersonalData): Buffer {
  return seal(keys.encryptionKey, JSON.stringify(data), context(meetingId));
}

export function openRegistration(keys: DerivedKeys, meetingId: string, sealed: Uint8Array): RegistrationPersonalData {
  return JSON.parse(open(keys.encryptionKey, Buffer.from(sealed), context(meetingId))) as RegistrationPersonalData;
}

export function newRegistrationReference(): string {
  return `MTG-${(randomBytes(6).toString('hex').toUpperCase().match(/.{4}/g) ?? []).join('-')}`;
}

/** 18 random bytes, 24 characters of base64url: the receipt's cancellation code. */
export const newCancellationCode = (): string => randomBytes(18).toString('base64url');

/** Only this is stored: the code is random enough that a plain hash cannot be reversed by guessing. */
export const cancellationHash = (code: string): string => createHash('sha256').update(code, 'utf8').digest('hex');
