/**
 * What each entrypoint of a built extension weighs: its own files plus every chunk and stylesheet it loads,
 * raw and gzip (level 9, file by file). Read from the built manifest, so a new entrypoint is counted
 * without touching this file.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ON_DEMAND_MODULES, PREFLIGHT_MODULES } from '../../lib/content-scripts';

export interface FileSize {
  /** Path inside the extension, with forward slashes. */
  path: string;
  raw: number;
  gzip: number;
}

export interface EntrypointSize {
  /**
   * `content script` (the manifest's, with what they import on every page that has work), `on demand:
   * <module>` (what the preflight imports only when the person asks), `background`, `popup`, `options`.
   */
  name: string;
  files: FileSize[];
  raw: number;
  gzip: number;
}

interface ManifestShape {
  content_scripts?: { js?: string[]; css?: string[] }[];
  web_accessible_resources?: (string | { resources?: string[] })[];
  background?: { service_worker?: string; scripts?: string[]; page?: string };
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
  options_ui?: { page?: string };
  options_page?: string;
}

export function gzipSize(content: Buffer | string): number {
  return gzipSync(content, { level: 9 }).length;
}

/** Files a page or script loads directly: `<script src>`, `<link href>`, static and dynamic `import`. */
export function referencedFiles(path: string, content: string): string[] {
  const dir = posix.dirname(path);
  const found: string[] = [];
  const patterns = path.endsWith('.html')
    ? [/<script\b[^>]*\bsrc="([^"]+)"/g, /<link\b[^>]*\bhref="([^"]+)"/g]
    : [
        /\b(?:import|from)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g,
        /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g,
      ];
  for (const pattern of patterns) {
    for (const match of content.matchAll(pattern)) {
      const ref = match[1];
      if (!ref || /^[a-z][a-z0-9+.-]*:/i.test(ref)) continue;
      const resolved = ref.startsWith('/') ? ref.slice(1) : posix.join(dir, ref);
      found.push(posix.normalize(resolved));
    }
  }
  return found;
}

/** The files an entrypoint needs, starting from its roots and following references inside the extension. */
function closure(extDir: string, roots: readonly string[]): FileSize[] {
  const seen = new Set<string>();
  const files: FileSize[] = [];
  const queue = [...roots];
  while (queue.length > 0) {
    const path = queue.shift() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    const full = join(extDir, path);
    if (!existsSync(full) || !statSync(full).isFile()) continue;
    const content = readFileSync(full);
    files.push({ path, raw: content.length, gzip: gzipSize(content) });
    if (/\.(html|m?js)$/.test(path)) queue.push(...referencedFiles(path, content.toString('utf8')));
  }
  return files;
}

function entrypoint(name: string, files: FileSize[]): EntrypointSize {
  return {
    name,
    files,
    raw: files.reduce((sum, f) => sum + f.raw, 0),
    gzip: files.reduce((sum, f) => sum + f.gzip, 0),
  };
}

/** Sizes of every entrypoint the manifest declares. A shared chunk counts in each entrypoint that loads it. */
export function entrypointSizes(extDir: string): EntrypointSize[] {
  const manifest = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8')) as ManifestShape;
  const result: EntrypointSize[] = [];
  // What a console page with work loads: the content scripts, and the one preflight module of its host's
  // family with what it imports. `content script` is the heavier family (the budget holds for both); the
  // modules imported only on a person's request are counted apart.
  const contentRoots: string[] = [];
  for (const script of manifest.content_scripts ?? [])
    contentRoots.push(...(script.js ?? []), ...(script.css ?? []));
  const accessible = new Set<string>();
  for (const entry of manifest.web_accessible_resources ?? []) {
    for (const resource of typeof entry === 'string' ? [entry] : (entry.resources ?? []))
      accessible.add(resource);
  }
  const families = PREFLIGHT_MODULES.filter((module) => accessible.has(module)).map((module) =>
    entrypoint(`page scripts: ${module}`, closure(extDir, [...contentRoots, module])),
  );
  const heaviest = [...families].sort((a, b) => b.gzip - a.gzip)[0];
  if (heaviest) result.push({ ...heaviest, name: 'content script' }, ...families);
  else if (contentRoots.length > 0) result.push(entrypoint('content script', closure(extDir, contentRoots)));
  for (const module of ON_DEMAND_MODULES) {
    if (accessible.has(module)) result.push(entrypoint(`on demand: ${module}`, closure(extDir, [module])));
  }
  const background = manifest.background;
  const backgroundRoots = background?.service_worker
    ? [background.service_worker]
    : (background?.scripts ?? (background?.page ? [background.page] : []));
  if (backgroundRoots.length > 0) result.push(entrypoint('background', closure(extDir, backgroundRoots)));
  const popup = manifest.action?.default_popup ?? manifest.browser_action?.default_popup;
  if (popup) result.push(entrypoint('popup', closure(extDir, [popup])));
  const options = manifest.options_ui?.page ?? manifest.options_page;
  if (options) result.push(entrypoint('options', closure(extDir, [options])));
  return result;
}

export function fileSizeOf(path: string): FileSize {
  const content = readFileSync(path);
  return { path, raw: content.length, gzip: gzipSize(content) };
}

/** Bench-only instrumentation that must never ship: user-timing calls and the bench's mark names. */
const BENCH_ONLY =
  /performance\.(?:mark|measure)\s*\(|preflight:(?:form-seen|panel-rendered|dom-batch|guard-)/g;

/** The bench-only instrumentation found in a built file's source (empty for a shipped build). */
export function benchInstrumentationIn(source: string): string[] {
  return [...new Set(source.match(BENCH_ONLY) ?? [])];
}

// webextension-polyfill's guard, in every build of it.
const POLYFILL_MARK = 'This script should only be loaded in a browser extension.';

/** Whether a built file carries webextension-polyfill. */
export function carriesPolyfill(source: string): boolean {
  return source.includes(POLYFILL_MARK);
}
