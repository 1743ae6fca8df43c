/**
 * Goal 5: the bytes each element costs as the reference server sends them. For every
 * element of the standalone build, the files the browser waits for before it can paint
 * in the default language (scripts/size-budget.mjs `measuredTags`: entry, static chunks,
 * and per attribute value that calls for lazy modules those too, as in
 * `mocharaka-satisfaction[mode=button]`; no Arabic catalogue since the build writes Arabic into the code) are requested from the built reference server twice, with
 * `Accept-Encoding: gzip` and with `br`, and the bytes on the wire are summed (bodies
 * read undecoded). Compared with the 20 kB gzip target; the loader line is reported too.
 *
 *   node benchmarks/suite/5-bytes.mjs
 */
import { get } from 'node:http';
import { report } from '../lib/measure.mjs';
import { TARGET, waitedFor, loaderKey, measuredTags } from '../../scripts/size-budget.mjs';
import { startReferenceServer } from '../../test/support/reference-server.mjs';

/** The body's size on the wire and its Content-Encoding. */
function served(url, encoding) {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': encoding } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk) => (bytes += chunk.length));
      response.on('end', () =>
        response.statusCode === 200
          ? resolve({ bytes, encoding: response.headers['content-encoding'] })
          : reject(new Error(`${url}: ${response.statusCode}`)),
      );
    }).on('error', reject);
  });
}

async function measure(server, files) {
  const totals = { gzip: 0, br: 0 };
  const encodings = new Set();
  for (const file of files) {
    for (const encoding of ['gzip', 'br']) {
      const answer = await served(`${server.url}/elements/${file}`, encoding);
      totals[encoding] += answer.bytes;
      encodings.add(`${encoding}→${answer.encoding ?? 'identity'}`);
    }
  }
  return { ...totals, files: files.length, encodings: [...encodings] };
}

const kB = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const server = await startReferenceServer();
try {
  const loader = loaderKey ? await measure(server, waitedFor(loaderKey)) : undefined;
  for (const { element, files } of measuredTags()) {
    const bytes = await measure(server, files);
    report({
      goal: '5',
      measure: `<${element}> as served, gzip, files waited for before painting (${bytes.files})`,
      value: kB(bytes.gzip),
      unit: 'kB',
      reference: 'target',
      referenceValue: kB(TARGET),
      extra: {
        brotliKB: kB(bytes.br),
        encodings: bytes.encodings,
        loaderGzipKB: loader && kB(loader.gzip),
        loaderBrotliKB: loader && kB(loader.br),
      },
    });
  }
} finally {
  await server.stop();
}
