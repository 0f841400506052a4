/** The commands loaded on first use are listed under the same name and help keys as their modules. */
import { describe, expect, it } from 'vitest';
import { commands, lazyModules } from '../../bin/commands';

describe('lazily loaded commands', () => {
  it.each(Object.entries(lazyModules))('%s: the list and the module agree', async (name, load) => {
    const loaded = await load();
    const listed = commands.find((c) => c.name === name)!;
    expect(listed).toBeDefined();
    const { run: _a, ...meta } = loaded;
    const { run: _b, ...listedMeta } = listed;
    expect(listedMeta).toEqual(meta);
  });
});
