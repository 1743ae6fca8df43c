import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { demoModeFrom } from '../src/demo-mode.js';

describe('demo mode', () => {
  test('is on in development and off under NODE_ENV=production, unless MOCHARAKA_DEMO says otherwise', () => {
    assert.equal(demoModeFrom({}), true);
    assert.equal(demoModeFrom({ NODE_ENV: 'development' }), true);
    assert.equal(demoModeFrom({ NODE_ENV: 'production' }), false);
    assert.equal(demoModeFrom({ NODE_ENV: 'production', MOCHARAKA_DEMO: 'on' }), true);
    assert.equal(demoModeFrom({ MOCHARAKA_DEMO: 'OFF' }), false);
  });

  test('refuses a value it does not know, naming it', () => {
    assert.throws(() => demoModeFrom({ MOCHARAKA_DEMO: 'yes' }), /MOCHARAKA_DEMO must be "on" or "off", not "yes"/);
  });
});
