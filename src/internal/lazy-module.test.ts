import { expect } from '@open-wc/testing';
import { lazyModule } from './lazy-module.js';

describe('lazyModule', () => {
  it('fetches once, and gives the same module to every caller', async () => {
    let fetches = 0;
    const lazy = lazyModule(async () => ({ n: ++fetches }));
    expect(lazy.ready, 'nothing before it is asked for').to.equal(undefined);
    const [a, b] = await Promise.all([lazy.load(), lazy.load()]);
    expect(a).to.equal(b);
    expect(await lazy.load()).to.equal(a);
    expect(lazy.ready).to.equal(a);
    expect(fetches).to.equal(1);
  });

  it('forgets a failed fetch, so the next call tries again', async () => {
    let fetches = 0;
    const lazy = lazyModule(async () => {
      fetches += 1;
      if (fetches === 1) throw new Error('offline');
      return { fetches };
    });
    let failed = false;
    await lazy.load().catch(() => (failed = true));
    expect(failed, 'the first fetch fails').to.equal(true);
    expect(lazy.ready).to.equal(undefined);
    expect(await lazy.load()).to.deep.equal({ fetches: 2 });
  });
});
