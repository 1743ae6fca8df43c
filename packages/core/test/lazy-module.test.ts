import { expect } from '../../../test/support/browser-testing.js';
import type { ReactiveControllerHost } from 'lit';
import { MODULE_UNAVAILABLE } from '../src/client/api-error.js';
import { LazyModule } from '../src/element/lazy-module.js';

function host() {
  const updates = { count: 0 };
  const element = { requestUpdate: () => void updates.count++ } as unknown as ReactiveControllerHost;
  return { element, updates };
}

describe('LazyModule', () => {
  it('downloads once however often it is asked, runs `arrived` before the host renders it again', async () => {
    const { element, updates } = host();
    let imports = 0;
    const seen: string[] = [];
    const lazy = new LazyModule(
      element,
      async () => {
        imports++;
        return { name: 'view' };
      },
      (module) => seen.push(`${module.name} arrived, ${updates.count} updates`),
    );
    expect(lazy.module).to.equal(undefined);
    const [first, second] = await Promise.all([lazy.load(), lazy.load()]);
    expect(imports).to.equal(1);
    expect(first).to.deep.equal({ name: 'view' });
    expect(second).to.equal(first);
    expect(lazy.module).to.equal(first);
    expect(seen).to.deep.equal(['view arrived, 0 updates']);
    expect(updates.count).to.equal(1);
    expect(await lazy.load()).to.equal(first);
    expect(imports).to.equal(1);
  });

  it('keeps a failed download as MODULE_UNAVAILABLE, resolves undefined and never asks again', async () => {
    const { element, updates } = host();
    let imports = 0;
    let arrived = false;
    const lazy = new LazyModule(
      element,
      () => {
        imports++;
        return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      },
      () => (arrived = true),
    );
    expect(await lazy.load()).to.equal(undefined);
    expect(lazy.failure?.code).to.equal(MODULE_UNAVAILABLE);
    expect(lazy.failure?.retryable).to.equal(false);
    expect(lazy.module).to.equal(undefined);
    expect(arrived).to.equal(false);
    expect(updates.count).to.equal(1);
    expect(await lazy.load()).to.equal(undefined);
    expect(imports).to.equal(1);
  });
});
