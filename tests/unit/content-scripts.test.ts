import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CONSOLE_MATCHES,
  DETECTOR_SCRIPT,
  NOT_CONSOLE_MATCHES,
  PREFLIGHT_MANIFEST_SCRIPT,
  PREFLIGHT_ON_LOAD_MATCHES,
} from '../../lib/content-scripts';
import { addressKind, preflightHasWork } from '../../lib/page-address';
import config from '../../wxt.config';

/** Chrome's match patterns, as far as these use them: `*` in the path matches anything, query included. */
function matches(pattern: string, url: string): boolean {
  const parsed = new URL(url);
  const [, scheme, host, path] = /^(\w+):\/\/([^/]+)(\/.*)$/.exec(pattern) ?? [];
  const glob = (text: string) =>
    new RegExp(`^${text.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  const hostMatches = host?.startsWith('*.')
    ? parsed.hostname === host.slice(2) || parsed.hostname.endsWith(host.slice(1))
    : parsed.hostname === host;
  return (
    `${scheme}:` === parsed.protocol && hostMatches && glob(path ?? '').test(parsed.pathname + parsed.search)
  );
}

/** Addresses a pattern is written for: with a query where it takes one, with more path where it allows it. */
function samples(pattern: string): string[] {
  if (pattern.endsWith('?*')) return [pattern.replace('?*', '?tab=1')];
  if (pattern.endsWith('/*')) return [pattern.slice(0, -1), pattern.replace(/\*$/, 'list')];
  return [pattern];
}

describe('the preflight straight from the manifest', () => {
  it('loads only where the preflight has work on load', () => {
    for (const pattern of PREFLIGHT_ON_LOAD_MATCHES) {
      for (const url of samples(pattern)) {
        expect(matches(pattern, url), url).toBe(true);
        expect(preflightHasWork(new URL(url)), `${url} is ${addressKind(new URL(url))}`).toBe(true);
      }
    }
  });

  it('covers the VPN form and the account pages as the console writes their addresses', () => {
    const onLoad = (url: string) => PREFLIGHT_ON_LOAD_MATCHES.some((pattern) => matches(pattern, url));
    for (const url of [
      'https://cns-console.jdcloud.com/host/vpnConnection/create',
      'https://cns-console.jdcloud.com/host/vpnConnection/create?regionId=cn-north-1',
      'https://uc.jdcloud.com/cost/capital/capital-overview',
      'https://uc.jdcloud.com/cost/coupon/list',
      'https://uc.jdcloud.com/account/verify',
      'https://uc.jdcloud.com/account/basic-info',
      'https://realname.jdcloud.com/',
    ]) {
      expect(onLoad(url), url).toBe(true);
    }
    for (const url of [
      'https://cns-console.jdcloud.com/host/vpnConnection/list',
      'https://cns-console.jdcloud.com/host/vpnConnection/createBatch',
      'https://console.jdcloud.com/overview',
    ]) {
      expect(onLoad(url), url).toBe(false);
    }
  });
});

describe('the manifest', () => {
  let outDir: string | undefined;
  afterEach(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  const generated = (files: string[]) => {
    outDir = mkdtempSync(join(tmpdir(), 'preflight-manifest-'));
    for (const file of files) writeFileSync(join(outDir, file), '');
    const manifest: { content_scripts?: unknown[] } = {};
    const hooks = config.hooks as Record<string, (wxt: unknown, manifest: object) => void>;
    const hook = hooks['build:manifestGenerated'] as (wxt: unknown, manifest: object) => void;
    hook({ config: { outDir } }, manifest);
    return manifest.content_scripts;
  };

  it('gives every console page exactly one of detector and preflight', () => {
    expect(generated([DETECTOR_SCRIPT, PREFLIGHT_MANIFEST_SCRIPT])).toEqual([
      {
        matches: CONSOLE_MATCHES,
        exclude_matches: [...NOT_CONSOLE_MATCHES, ...PREFLIGHT_ON_LOAD_MATCHES],
        js: [DETECTOR_SCRIPT],
      },
      { matches: PREFLIGHT_ON_LOAD_MATCHES, js: [PREFLIGHT_MANIFEST_SCRIPT] },
    ]);
  });

  it('registers nothing for a build without the page scripts (the bench floor)', () => {
    expect(generated([])).toBeUndefined();
  });
});
