import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { moduleUrl } from '../../src/build/module-url';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const call = (plugin: Plugin, name: 'configResolved' | 'resolveId' | 'load', self: unknown, ...args: unknown[]) =>
  (plugin[name] as Hook).call(self, ...args);

describe('loading a module by its address', () => {
  const resolver = { resolve: async (id: string) => (id === './part.ts' ? { id: '/src/part.ts' } : null) };

  it('resolves "?module-url" imports to their own id, and names what it cannot find', async () => {
    const plugin = moduleUrl();
    expect(await call(plugin, 'resolveId', resolver, './part.ts?module-url', '/src/page.ts')).toBe('\0module-url:/src/part.ts');
    expect(await call(plugin, 'resolveId', resolver, './part.ts', '/src/page.ts')).toBeNull();
    await expect(call(plugin, 'resolveId', resolver, './gone.ts?module-url', '/src/page.ts')).rejects.toThrow(
      './gone.ts?module-url: no such module (imported by /src/page.ts)',
    );
  });

  it('in a build, emits the module as a chunk of its own and exports its final address', () => {
    const plugin = moduleUrl();
    call(plugin, 'configResolved', undefined, { command: 'build' });
    const emitted: unknown[] = [];
    const context = { emitFile: (file: unknown) => (emitted.push(file), 'ref1') };
    expect(call(plugin, 'load', context, '\0module-url:/src/part.ts')).toBe('export default import.meta.ROLLUP_FILE_URL_ref1;');
    expect(emitted).toEqual([{ type: 'chunk', id: '/src/part.ts' }]);
    expect(call(plugin, 'load', context, '/src/other.ts')).toBeNull();
  });

  it('on the dev server, exports the address the server gives the source file', () => {
    const plugin = moduleUrl();
    call(plugin, 'configResolved', undefined, { command: 'serve' });
    expect(call(plugin, 'load', {}, '\0module-url:/work/src/part.ts')).toBe('export default "/@fs/work/src/part.ts";');
  });
});
