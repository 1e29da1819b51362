import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  COMPILE_ALL_ON_LOAD,
  CONSOLE_MATCHES,
  DETECTOR_SCRIPT,
  LOADED_WITH_PAGES,
  NOT_CONSOLE_MATCHES,
  ON_DEMAND_MODULES,
  PREFLIGHT_HOST_MATCHES,
  PREFLIGHT_MODULES,
  readersModuleFor,
  TUNNEL_GATEWAY_PAGES_MODULE,
} from '../../lib/content-scripts';
import { TUNNEL_GATEWAY_PAGE_KINDS } from '../../lib/model/page-kind';
import { addressKind, DIALOG_HOST, preflightHasWork } from '../../lib/page-address';
import type { PageKindReaders } from '../../lib/readers/page-context';
import { TUNNEL_GATEWAY_PAGES } from '../../lib/readers/tunnel-gateway-pages';
import { VPN_CONSOLE_PAGES, VPN_CONSOLE_READERS } from '../../lib/readers/vpn-console';
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

  // Where a page has work by its kind, whatever PREFLIGHT_HOSTS (which preflightHasWork consults) says.
  const kindHasWork = (url: URL) => {
    const kind = addressKind(url);
    if (!['other-console', 'vpn-connection-list', 'not-ours'].includes(kind)) return true;
    return kind !== 'not-ours' && url.hostname === DIALOG_HOST;
  };

  it('include every page where the preflight can have work, on load or after a click', () => {
    let pagesWithWork = 0;
    for (const host of hosts) {
      for (const path of paths) {
        const url = `https://${host}.jdcloud.com${path}`;
        if (!kindHasWork(new URL(url))) continue;
        expect(preflightHasWork(new URL(url), true), url).toBe(true);
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

  it('gives every console page the detector, and no other site', () => {
    expect(generated([DETECTOR_SCRIPT, ...PREFLIGHT_MODULES]).content_scripts).toEqual([
      { matches: CONSOLE_MATCHES, exclude_matches: NOT_CONSOLE_MATCHES, js: [DETECTOR_SCRIPT] },
    ]);
  });

  it('lets only the hosts where the preflight runs fetch its module, at its fixed address', () => {
    expect(generated([DETECTOR_SCRIPT, ...PREFLIGHT_MODULES]).web_accessible_resources).toEqual([
      { resources: [...PREFLIGHT_MODULES], matches: PREFLIGHT_HOST_MATCHES },
    ]);
  });

  it('lets the same hosts fetch the modules the preflight imports on demand, when they are built', () => {
    expect(
      generated([DETECTOR_SCRIPT, ...PREFLIGHT_MODULES, ...ON_DEMAND_MODULES]).web_accessible_resources,
    ).toEqual([{ resources: [...PREFLIGHT_MODULES, ...ON_DEMAND_MODULES], matches: PREFLIGHT_HOST_MATCHES }]);
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

describe('which page scripts are compiled whole as they load', () => {
  const plugins = (name: string) => {
    const viteConfig: { plugins?: { name: string }[]; build?: object } = { build: { minify: false } };
    const hooks = config.hooks as Record<string, unknown>;
    const extend = hooks['vite:build:extendConfig'] as (entries: object[], vite: object) => void;
    extend([{ name, type: 'unlisted-script' }], viteConfig);
    return (viteConfig.plugins ?? []).map((plugin) => plugin.name);
  };

  it('the modules a page loads for what it is, not those the person asks for', () => {
    for (const module of LOADED_WITH_PAGES) {
      expect(plugins(module.replace(/\.js$/, ''))).toContain('preflight:compile-all-on-load');
    }
    expect(LOADED_WITH_PAGES).toContain(TUNNEL_GATEWAY_PAGES_MODULE);
    expect(plugins('teach')).not.toContain('preflight:compile-all-on-load');
    expect(plugins('detector')).not.toContain('preflight:compile-all-on-load');
  });
});

describe('the VPN console page kinds whose readers load on demand', () => {
  const keys = (readers: PageKindReaders) => [
    ...Object.keys(readers.resources ?? {}),
    ...Object.keys(readers.forms ?? {}),
  ];

  it('are exactly the kinds the on-demand readers read, and the VPN console preflight reads none of them', () => {
    expect(new Set(keys(TUNNEL_GATEWAY_PAGES))).toEqual(new Set(TUNNEL_GATEWAY_PAGE_KINDS));
    expect(
      keys(VPN_CONSOLE_PAGES).filter((kind) => TUNNEL_GATEWAY_PAGE_KINDS.includes(kind as never)),
    ).toEqual([]);
  });

  it('are VPN console kinds, whose preflight family is the one that imports them', () => {
    for (const kind of TUNNEL_GATEWAY_PAGE_KINDS) expect(Object.keys(VPN_CONSOLE_READERS)).toContain(kind);
  });

  it('come in beside the preflight on a page whose address names one of them, and nowhere else', () => {
    const cns = 'https://cns-console.jdcloud.com';
    const withReaders = [
      `${cns}/host/vpnConnection/detail/vpnc-1a2b`,
      `${cns}/host/vpnConnection/detail/vpnc-1a2b/tunnel/create`,
      `${cns}/host/customerGateway/list`,
      `${cns}/host/customerGateway/create`,
    ];
    const kinds = withReaders.map((url) => addressKind(new URL(url)));
    expect(new Set(kinds)).toEqual(new Set(TUNNEL_GATEWAY_PAGE_KINDS));
    for (const url of withReaders)
      expect(readersModuleFor(new URL(url)), url).toBe(TUNNEL_GATEWAY_PAGES_MODULE);
    for (const url of [
      `${cns}/host/vpnConnection/create`,
      `${cns}/host/vpnConnection/list`,
      `${cns}/host/vpc/list`,
      // A detail page's path on another host is not the VPN console's.
      'https://uc.jdcloud.com/host/vpnConnection/detail/vpnc-1a2b',
      'https://uc.jdcloud.com/cost/capital/capital-overview',
    ]) {
      expect(readersModuleFor(new URL(url)), url).toBeUndefined();
    }
  });
});
