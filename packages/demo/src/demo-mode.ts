/**
 * Whether `npm start` shows the demo commune: `MOCHARAKA_DEMO=on|off`; unset, on in
 * development and off under `NODE_ENV=production`, so a production database is never
 * filled with sample ratings and fake signatures by accident.
 */
export function demoModeFrom(env: NodeJS.ProcessEnv): boolean {
  const setting = env.MOCHARAKA_DEMO?.trim().toLowerCase();
  if (setting === 'on') return true;
  if (setting === 'off') return false;
  if (setting) throw new Error(`MOCHARAKA_DEMO must be "on" or "off", not "${env.MOCHARAKA_DEMO}"`);
  return env.NODE_ENV !== 'production';
}
