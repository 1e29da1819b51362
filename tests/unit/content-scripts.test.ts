import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  COMPILE_ALL_ON_LOAD,
  CONSOLE_MATCHES,
  DETECTOR_SCRIPT,
  NOT_CONSOLE_MATCHES,
  PREFLIGHT_HOST_MATCHES,
  PREFLIGHT_LOADER,
  PREFLIGHT_MODULE,
  PREFLIGHT_ON_LOAD_MATCHES,
} from '../../lib/content-scripts';
import { addressKind, preflightHasWork } from '../../lib/page-address';
import config, { compileAllOnLoad } from '../../wxt.config';

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

describe('the hosts that may fetch the preflight module', () => {
  const mayFetch = (url: string) => PREFLIGHT_HOST_MATCHES.some((pattern) => matches(pattern, url));
  const hosts = ['cns-console', 'uc', 'realname', 'login', 'console', 'vpc-console', 'docs', 'www'];
  const paths = [
    '/',
    '/host/vpnConnection/create',
    '/host/vpnConnection/list',
    '/cost/capital/capital-overview',
    '/cost/coupon/list',
    '/account/verify',
    '/account/basic-info',
    '/#/cost/capital/capital-overview',
    '/overview',
  ];

  it('include every page where the preflight can have work, on load or after a click', () => {
    let pagesWithWork = 0;
    for (const host of hosts) {
      for (const path of paths) {
        const url = `https://${host}.jdcloud.com${path}`;
        if (!preflightHasWork(new URL(url), true)) continue;
        pagesWithWork++;
        expect(mayFetch(url), url).toBe(true);
      }
    }
    expect(pagesWithWork).toBeGreaterThan(10);
  });

  it('leave out the documentation, the marketing site and the console’s other hosts', () => {
    for (const url of [
      'https://docs.jdcloud.com/cn/vpn/billing-overview',
      'https://www.jdcloud.com/',
      'https://console.jdcloud.com/overview',
    ]) {
      expect(mayFetch(url), url).toBe(false);
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
    const manifest: { content_scripts?: unknown[]; web_accessible_resources?: unknown[] } = {};
    const hooks = config.hooks as Record<string, (wxt: unknown, manifest: object) => void>;
    const hook = hooks['build:manifestGenerated'] as (wxt: unknown, manifest: object) => void;
    hook({ config: { outDir } }, manifest);
    return manifest;
  };

  it('gives every console page exactly one of detector and preflight loader', () => {
    expect(generated([DETECTOR_SCRIPT, PREFLIGHT_LOADER, PREFLIGHT_MODULE]).content_scripts).toEqual([
      {
        matches: CONSOLE_MATCHES,
        exclude_matches: [...NOT_CONSOLE_MATCHES, ...PREFLIGHT_ON_LOAD_MATCHES],
        js: [DETECTOR_SCRIPT],
      },
      { matches: PREFLIGHT_ON_LOAD_MATCHES, js: [PREFLIGHT_LOADER] },
    ]);
  });

  it('lets only the hosts where the preflight runs fetch its module, at its fixed address', () => {
    expect(generated([DETECTOR_SCRIPT, PREFLIGHT_LOADER, PREFLIGHT_MODULE]).web_accessible_resources).toEqual(
      [{ resources: [PREFLIGHT_MODULE], matches: PREFLIGHT_HOST_MATCHES }],
    );
  });

  it('registers nothing for a build without the page scripts (the bench floor)', () => {
    expect(generated([])).toEqual({});
  });
});

describe('the preflight module’s compile hint', () => {
  it('goes first in the entry chunk, after minifying, and nowhere else', () => {
    const bundle = {
      'preflight.js': { type: 'chunk', isEntry: true, code: '(function(){main()})();' },
      'shared.js': { type: 'chunk', isEntry: false, code: 'export const x=1;' },
      'style.css': { type: 'asset', source: 'p{}' },
    };
    const generate = compileAllOnLoad().generateBundle as (options: unknown, bundle: object) => void;
    generate({}, bundle);
    expect(bundle['preflight.js'].code).toBe(`${COMPILE_ALL_ON_LOAD}\n(function(){main()})();`);
    expect(bundle['shared.js'].code).toBe('export const x=1;');
    expect(bundle['style.css']).toEqual({ type: 'asset', source: 'p{}' });
  });
});
