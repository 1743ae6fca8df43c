/**
 * Petition signature POST throughput, every signature with its own national ID. Usage:
 * node --import tsx packages/server/bench/signatures-throughput.ts [--requests 2000] [--concurrency 20]
 */
import { runPostThroughput } from './throughput.js';

await runPostThroughput({
  name: 'signatures-throughput',
  path: '/v1/petitions/bab-zorgan-lane-lighting/signatures',
  body: (index) => ({
    fullName: `Signataire ${index}`,
    nationalId: `JT${String(index).padStart(6, '0')}`,
    address: `${index} derb Taroudant`,
    eligibility: 'resident',
    consent: true,
  }),
  afterwards: async (db) => {
    const [stored] = await db.query<{ count: number }>('SELECT count(*)::integer AS count FROM petition_signatures');
    return { rowsStored: stored!.count };
  },
});
