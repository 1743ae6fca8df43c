/**
 * Rating POST throughput. Usage:
 * node --import tsx packages/server/bench/ratings-throughput.ts [--requests 2000] [--concurrency 20]
 */
import { runPostThroughput } from './throughput.js';

await runPostThroughput({
  name: 'ratings-throughput',
  path: '/v1/services/civil-status/ratings',
  body: (index) => ({ level: (index % 5) + 1, channel: 'web' }),
});
