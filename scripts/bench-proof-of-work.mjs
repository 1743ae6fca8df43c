// Solve time of the proof of work on a phone-like CPU: Debian's Chromium (never a
// downloaded browser) slowed 4× by CDP, running the elements' own solver
// (packages/core/src/client/proof-of-work.ts, bundled with esbuild) on challenges made by
// the server's own code. Prints one JSON line: median, p95 and max in milliseconds.
//   node --import tsx scripts/bench-proof-of-work.mjs [runs=20] [throttle=4]
import { build } from 'esbuild';
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';
import { ProofOfWork } from '../packages/server/src/http/proof-of-work.ts';
import { CHROMIUM_FLAGS, findChromium } from '../test/support/chromium.mjs';

const runs = Number(process.argv[2] ?? 20);
const throttle = Number(process.argv[3] ?? 4);

const bundle = await build({
  entryPoints: [new URL('../packages/core/src/client/proof-of-work.ts', import.meta.url).pathname],
  bundle: true,
  write: false,
  format: 'iife',
  globalName: 'proofOfWork',
  target: 'es2022',
});
const page = `<!doctype html><meta charset="utf-8"><title>proof-of-work bench</title><script>${bundle.outputFiles[0].text}</script>`;
// Loopback is a secure context, which crypto.subtle needs.
const server = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(page));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });
try {
  const tab = await browser.newPage();
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  await tab.emulateCPUThrottling(throttle);
  const pow = new ProofOfWork('bench-secret-key-0123456789abcdef0123456789abcdef');
  const times = [];
  for (let i = 0; i < runs; i++) {
    const challenge = pow.createChallenge();
    const { ms, header } = await tab.evaluate(async (c) => {
      const start = performance.now();
      const header = await globalThis.proofOfWork.solveChallenge(c);
      return { ms: performance.now() - start, header };
    }, challenge);
    pow.verify(header); // throws if the browser's answer is wrong
    times.push(ms);
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
  const round = (ms) => Math.round(ms);
  console.log(
    JSON.stringify({
      bench: 'proof-of-work',
      cpuThrottling: throttle,
      maxNumber: pow.createChallenge().maxNumber,
      runs,
      medianMs: round(at(0.5)),
      p95Ms: round(at(0.95)),
      maxMs: round(times.at(-1)),
      chromium: await browser.version(),
    }),
  );
} finally {
  await browser.close();
  server.close();
}
