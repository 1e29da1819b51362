// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { build } from 'vite';
import { describe, expect, it, vi } from 'vitest';
import { zodJitless } from '../../wxt.config';

const ENTRY = resolve('zod-probe.virtual.js');
const PROBE = `import { z } from 'zod';
export const parsed = z.object({ name: z.string(), fen: z.number().int() }).safeParse({ name: 'vpn', fen: 5000 });
export const refused = z.object({ name: z.string() }).safeParse({ name: 7 }).success;`;

/** A bundle of a module that builds and parses an object schema, minified as the extension's bundles are. */
async function bundle(plugins: Plugin[]): Promise<string> {
  const probe: Plugin = {
    name: 'probe',
    resolveId: (id) => (id === ENTRY ? id : null),
    load: (id) => (id === ENTRY ? PROBE : null),
  };
  const output = await build({
    root: process.cwd(),
    logLevel: 'silent',
    configFile: false,
    plugins: [...plugins, probe],
    build: { write: false, minify: true, lib: { entry: ENTRY, formats: ['es'], fileName: 'probe' } },
  });
  const [result] = Array.isArray(output) ? output : [output];
  if (!result || !('output' in result)) throw new Error('no bundle');
  return result.output[0].code;
}

const run = (code: string) => import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

describe('zod without its JIT (web-ext lint finds no eval)', () => {
  it('leaves no Function constructor in a bundle, where zod alone leaves one', async () => {
    expect(await bundle([])).toMatch(/\bFunction\(/);
    const code = await bundle([zodJitless()]);
    expect(code).not.toMatch(/\bFunction\(|=Function\b|new Function/);
    expect(code).not.toContain('jitless');
  });

  it('parses and refuses as before', async () => {
    const probe = await run(await bundle([zodJitless()]));
    expect(probe.parsed).toEqual({ success: true, data: { name: 'vpn', fen: 5000 } });
    expect(probe.refused).toBe(false);
  });

  it('reads the switch as on in zod’s own modules, and nowhere else', () => {
    const plugin = zodJitless();
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    for (const file of ['util.js', 'schemas.js']) {
      const path = resolve('node_modules/zod/v4/core', file);
      const source = readFileSync(path, 'utf8');
      expect(source, file).toMatch(/globalConfig\.jitless/);
      const out = transform(source, path)?.code ?? '';
      expect(out, file).not.toMatch(/globalConfig\.jitless/);
    }
    expect(transform('const on = core.globalConfig.jitless;', resolve('lib/settings.ts'))).toBeNull();
  });

  it('fails the build when zod is bundled but its switch is not where it was', () => {
    const plugin = zodJitless();
    const context = { error: vi.fn() };
    (plugin.buildStart as () => void).call(context);
    (plugin.transform as (code: string, id: string) => unknown).call(
      context,
      'export const x = 1;',
      resolve('node_modules/zod/v4/core/util.js'),
    );
    (plugin.buildEnd as (error?: Error) => void).call(context);
    expect(context.error).toHaveBeenCalledWith(expect.stringContaining('jitless switch was not found'));
  });
});
