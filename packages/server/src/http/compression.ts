import type { MiddlewareHandler } from 'hono';
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/compress';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { setResponseHeader } from './response-headers.js';

type Encoding = 'br' | 'gzip';

/** Compressed copies of static files kept in memory; the build's whole output fits many times. */
const CACHE_LIMIT_BYTES = 32 * 1024 * 1024;
const cache = new Map<string, Uint8Array<ArrayBuffer>>();
let cachedBytes = 0;

/**
 * Static files (elements, console, the server's stylesheet) sent brotli- or gzip-compressed
 * by `Accept-Encoding`, each compressed once at the highest level and kept in memory under
 * its path, size and modification time, so a rebuilt file is compressed again. Every
 * compressible answer says `Vary: Accept-Encoding`, compressed or not, for shared caches.
 */
export const compressStaticFiles: MiddlewareHandler = async (c, next) => {
  await next();
  const response = c.res;
  if (response.status !== 200 || response.headers.has('Content-Encoding')) return;
  if (!COMPRESSIBLE_CONTENT_TYPE_REGEX.test(response.headers.get('Content-Type') ?? '')) return;
  setResponseHeader(c, 'Vary', 'Accept-Encoding', { append: true });
  const encoding = preferredEncoding(c.req.header('Accept-Encoding'));
  if (!encoding || c.req.method !== 'GET' || !response.body) return;
  const key = `${encoding} ${c.req.path} ${response.headers.get('Content-Length')} ${response.headers.get('Last-Modified')}`;
  let body = cache.get(key);
  if (body) {
    await response.body.cancel();
  } else {
    const raw = new Uint8Array(await response.arrayBuffer());
    body = compressWith(encoding, raw);
    remember(key, body);
  }
  c.res = new Response(body, response);
  c.res.headers.set('Content-Encoding', encoding);
  c.res.headers.set('Content-Length', String(body.byteLength));
};

/** Below this, compressing a JSON answer saves less than it costs. */
export const API_COMPRESSION_THRESHOLD = 1024;

/**
 * The public JSON API's answers of 1 kB or more (a petition list, a charter's text)
 * compressed by `Accept-Encoding`, brotli at a fast level since each answer is compressed
 * once. Staff answers are left alone: they mix secrets with text a user typed, the
 * pattern a compression side channel (BREACH) reads secrets from.
 */
export const compressPublicApi: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.req.path.startsWith('/v1/admin')) return;
  const response = c.res;
  if (response.headers.has('Content-Encoding') || !/^application\/(problem\+)?json/.test(response.headers.get('Content-Type') ?? ''))
    return;
  setResponseHeader(c, 'Vary', 'Accept-Encoding', { append: true });
  const encoding = preferredEncoding(c.req.header('Accept-Encoding'));
  if (!encoding || c.req.method === 'HEAD' || !response.body) return;
  const raw = new Uint8Array(await response.arrayBuffer());
  const small = raw.byteLength < API_COMPRESSION_THRESHOLD;
  const body = small ? raw : compressWith(encoding, raw, API_BROTLI_QUALITY);
  c.res = new Response(body, response);
  if (!small) c.res.headers.set('Content-Encoding', encoding);
  c.res.headers.set('Content-Length', String(body.byteLength));
  const etag = c.res.headers.get('ETag');
  if (!small && etag && !etag.startsWith('W/')) c.res.headers.set('ETag', `W/${etag}`);
};

/** `br` when accepted, else `gzip`; q-values of 0 refuse an encoding. */
export function preferredEncoding(header: string | undefined): Encoding | undefined {
  if (!header) return undefined;
  const accepted = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    if (name) accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const weight = (encoding: Encoding) => accepted.get(encoding) ?? accepted.get('*') ?? 0;
  if (weight('br') > 0 && weight('br') >= weight('gzip')) return 'br';
  return weight('gzip') > 0 ? 'gzip' : undefined;
}

/** Brotli's level for answers compressed on every request: most of the gain at a fraction of the CPU. */
const API_BROTLI_QUALITY = 5;

function compressWith(encoding: Encoding, raw: Uint8Array, quality: number = constants.BROTLI_MAX_QUALITY): Uint8Array<ArrayBuffer> {
  // zlib's Buffers are always backed by an ArrayBuffer, never a SharedArrayBuffer.
  if (encoding === 'gzip') return gzipSync(raw, { level: quality === constants.BROTLI_MAX_QUALITY ? 9 : 6 });
  return brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.byteLength,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  });
}

function remember(key: string, body: Uint8Array<ArrayBuffer>) {
  if (body.byteLength > CACHE_LIMIT_BYTES) return;
  while (cachedBytes + body.byteLength > CACHE_LIMIT_BYTES) {
    const [oldest, value] = cache.entries().next().value as [string, Uint8Array];
    cache.delete(oldest);
    cachedBytes -= value.byteLength;
  }
  cache.set(key, body);
  cachedBytes += body.byteLength;
}
