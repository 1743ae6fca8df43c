import { newIdempotencyKey } from '@mocharaka/core';

/**
 * What the suggestion box keeps on the device, per backend so two communes on one page
 * never mix: the random token that stands for this browser when it says "me too" (never
 * sent anywhere else), the codes it supported, and the codes of the suggestions it sent.
 */
const key = (kind: 'token' | 'supported' | 'sent', scope: string) => `mocharaka:suggestions:${kind}:${scope}`;

function read<T>(name: string): T | undefined {
  try {
    const raw = globalThis.localStorage?.getItem(name);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

function write(name: string, value: unknown) {
  try {
    globalThis.localStorage?.setItem(name, JSON.stringify(value));
  } catch {
    // Storage blocked or full: this browser may be counted again after a reload, never twice in one visit.
  }
}

/** This browser's supporter token for the backend `scope`, made once. */
export function supporterToken(scope: string): string {
  let token = read<string>(key('token', scope));
  if (typeof token !== 'string') write(key('token', scope), (token = newIdempotencyKey().replaceAll('-', '')));
  return token;
}

const codes = (kind: 'supported' | 'sent', scope: string): string[] => {
  const stored = read<unknown>(key(kind, scope));
  return Array.isArray(stored) ? stored.filter((code): code is string => typeof code === 'string') : [];
};

export const supportedCodes = (scope: string) => new Set(codes('supported', scope));
export const sentCodes = (scope: string) => codes('sent', scope);

export function remember(kind: 'supported' | 'sent', scope: string, code: string) {
  const known = codes(kind, scope);
  if (!known.includes(code)) write(key(kind, scope), [code, ...known].slice(0, 50));
}
