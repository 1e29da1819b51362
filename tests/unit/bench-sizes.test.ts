// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  benchInstrumentationIn,
  carriesPolyfill,
  entrypointSizes,
  gzipSize,
  referencedFiles,
} from '../../scripts/bench/sizes';

let dir: string;

function write(path: string, content: string) {
  const full = join(dir, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bench-sizes-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('referencedFiles', () => {
  it('follows script and link tags of a page, from the extension root', () => {
    const html =
      '<script type="module" src="/chunks/popup-1.js"></script><link rel="modulepreload" href="/chunks/shared-2.js"><link rel="stylesheet" href="/assets/popup.css"><a href="https://example.com">x</a>';
    expect(referencedFiles('popup.html', html)).toEqual([
      'chunks/popup-1.js',
      'chunks/shared-2.js',
      'assets/popup.css',
    ]);
  });

  it('follows minified static and dynamic imports relative to the chunk', () => {
    const js = 'import{a as b}from"./shared-2.js";import"./side.js";const m=import("./lazy-3.js");';
    expect(referencedFiles('chunks/popup-1.js', js)).toEqual([
      'chunks/shared-2.js',
      'chunks/side.js',
      'chunks/lazy-3.js',
    ]);
  });
});

describe('entrypointSizes', () => {
  it('counts each entrypoint with every file it loads, shared chunks in each', () => {
    write(
      'manifest.json',
      JSON.stringify({
        manifest_version: 3,
        background: { service_worker: 'background.js' },
        action: { default_popup: 'popup.html' },
        options_ui: { page: 'options.html' },
        content_scripts: [{ matches: ['https://*.jdcloud.com/*'], js: ['content-scripts/console.js'] }],
      }),
    );
    write('content-scripts/console.js', '(function(){console.log("content")})();');
    write('background.js', 'self.x=1;');
    write(
      'popup.html',
      '<script type="module" src="/chunks/popup-a.js"></script><link rel="stylesheet" href="/assets/p.css">',
    );
    write('options.html', '<script type="module" src="/chunks/options-b.js"></script>');
    write('chunks/popup-a.js', 'import{h}from"./shared-c.js";h();');
    write('chunks/options-b.js', 'import{h}from"./shared-c.js";h(2);');
    write('chunks/shared-c.js', 'export function h(){}'.repeat(20));
    write('assets/p.css', 'body{margin:0}');

    const sizes = entrypointSizes(dir);
    expect(sizes.map((entry) => entry.name)).toEqual(['content script', 'background', 'popup', 'options']);
    const popup = sizes.find((entry) => entry.name === 'popup');
    expect(popup?.files.map((f) => f.path).sort()).toEqual([
      'assets/p.css',
      'chunks/popup-a.js',
      'chunks/shared-c.js',
      'popup.html',
    ]);
    const options = sizes.find((entry) => entry.name === 'options');
    expect(options?.files.map((f) => f.path)).toContain('chunks/shared-c.js');
    const content = sizes[0];
    expect(content?.raw).toBe('(function(){console.log("content")})();'.length);
    expect(content?.gzip).toBe(gzipSize('(function(){console.log("content")})();'));
    expect(popup?.raw).toBe(popup?.files.reduce((sum, f) => sum + f.raw, 0));
  });

  it('counts the detector with the preflight module it imports, per family, the heavier as the content script', () => {
    write(
      'manifest.json',
      JSON.stringify({
        content_scripts: [{ matches: ['https://*.jdcloud.com/*'], js: ['detector.js'] }],
        web_accessible_resources: [
          {
            resources: ['preflight.js', 'account-preflight.js', 'teach.js', 'icon.png'],
            matches: ['https://uc.jdcloud.com/*'],
          },
        ],
      }),
    );
    const detector = 'import(chrome.runtime.getURL("/preflight.js"));';
    write('detector.js', detector);
    write('preflight.js', '(function(){preflight()})();');
    write('account-preflight.js', '(function(){account()})();');
    write('teach.js', '(function(){teach()})();');
    write('icon.png', 'not a script');
    const sizes = entrypointSizes(dir);
    expect(sizes.map((entry) => entry.name)).toEqual([
      'content script',
      'page scripts: preflight.js',
      'page scripts: account-preflight.js',
      'on demand: teach.js',
    ]);
    expect(sizes[0]?.files.map((f) => f.path)).toEqual(['detector.js', 'preflight.js']);
    expect(sizes[0]?.raw).toBe(detector.length + '(function(){preflight()})();'.length);
    expect(sizes[2]?.files.map((f) => f.path)).toEqual(['detector.js', 'account-preflight.js']);
    expect(sizes[3]?.files.map((f) => f.path)).toEqual(['teach.js']);
  });

  it('skips references to files that are not in the build', () => {
    write('manifest.json', JSON.stringify({ action: { default_popup: 'popup.html' } }));
    write('popup.html', '<script src="/chunks/missing.js"></script>');
    expect(entrypointSizes(dir)[0]?.files.map((f) => f.path)).toEqual(['popup.html']);
  });
});

describe('gzipSize', () => {
  it('is the length of a level-9 gzip that round-trips', () => {
    const text = 'preflight '.repeat(100);
    const packed = gzipSync(text, { level: 9 });
    expect(gzipSize(text)).toBe(packed.length);
    expect(gunzipSync(packed).toString()).toBe(text);
    expect(gzipSize(text)).toBeLessThan(text.length);
  });
});

describe('carriesPolyfill', () => {
  it('knows webextension-polyfill by its guard, minified or not', () => {
    expect(carriesPolyfill('throw Error(`This script should only be loaded in a browser extension.`)')).toBe(
      true,
    );
    expect(
      carriesPolyfill('var t=globalThis.browser?.runtime?.id?globalThis.browser:globalThis.chrome'),
    ).toBe(false);
  });
});

describe('benchInstrumentationIn', () => {
  it('finds user-timing calls and the bench mark names', () => {
    const source =
      'a&&performance.mark(`preflight:form-seen`);performance.measure(`preflight:guard-decision`,`preflight:guard-event`)';
    expect(benchInstrumentationIn(source).sort()).toEqual(
      ['performance.mark(', 'performance.measure(', 'preflight:form-seen', 'preflight:guard-'].sort(),
    );
  });

  it('finds nothing in a shipped-style bundle', () => {
    expect(benchInstrumentationIn('performance.now();const t=`preflight-theme`;')).toEqual([]);
  });
});
