import { pbkdf2Sync } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { TIME_LIMITS } from './time-limits.mjs';

export { TIME_LIMITS };

export const MAX_SCALE = 8;

/** The scale from the current load average: 1 on an idle machine, more when the cores are queued. */
export function scaleFromLoad() {
  const perCore = loadavg()[0] / availableParallelism();
  return Math.min(MAX_SCALE, Math.max(1, Math.round(perCore * 10) / 10));
}

/** A fixed CPU task and how long it takes on one idle core of the reference machine (2-core VM). */
const CALIBRATION_ITERATIONS = 200_000;
const CALIBRATION_IDLE_MS = 250;

/**
 * The scale for a whole run, measured once by scripts/test.mjs: the slower of the CPU
 * calibration (best of three) and the load average per core, between 1 and MAX_SCALE.
 */
export function calibratedScale() {
  const runs = [0, 1, 2].map(() => {
    const start = performance.now();
    pbkdf2Sync('mocharaka', 'calibration', CALIBRATION_ITERATIONS, 32, 'sha256');
    return performance.now() - start;
  });
  const cpu = Math.min(...runs) / CALIBRATION_IDLE_MS;
  return Math.min(MAX_SCALE, Math.max(1, Math.round(Math.max(cpu, scaleFromLoad()) * 10) / 10));
}

export function timeoutScale() {
  const configured = Number(process.env.MOCHARAKA_TEST_TIMEOUT_SCALE);
  if (Number.isFinite(configured) && configured > 0) return configured;
  return scaleFromLoad();
}

/** A limit from TIME_LIMITS (or any idle-machine duration), scaled for this machine now. */
export function limit(name) {
  const base = typeof name === 'number' ? name : TIME_LIMITS[name];
  if (base === undefined) throw new Error(`Unknown time limit: ${name}`);
  return Math.round(base * timeoutScale());
}
