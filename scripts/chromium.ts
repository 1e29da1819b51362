import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from '@playwright/test';
import { type MockConsoleOptions, mockConsoleResponse } from '../tests/fixtures/console/render';

export const DEFAULT_EXTENSION_DIR = resolve('.output/chrome-mv3');

/** Debian's Chromium unless CHROMIUM_PATH says otherwise; Playwright cannot download its own here. */
export function findChromium(): string {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) {
    if (existsSync(chosen)) return chosen;
    throw new ChromiumMissingError(`CHROMIUM_PATH is set to ${chosen}, but there is no file there.`);
  }
  const found = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
  if (!found) {
    throw new ChromiumMissingError(
      'Chromium was not found. Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu) ' +
        'or point CHROMIUM_PATH at a Chromium binary. Branded Google Chrome cannot load unpacked extensions from the command line.',
    );
  }
  return found;
}

export class ChromiumMissingError extends Error {}

export interface LaunchOptions {
  extensionDir?: string | null;
  headless?: boolean;
  locale?: 'zh-CN' | 'en-US';
  viewport?: { width: number; height: number };
  /** Screenshot pixels per CSS pixel (1 unless given): the store's images render a 1440-wide page in 1280 px. */
  deviceScaleFactor?: number;
}

/** A fresh Chromium profile with the extension loaded (or none, for comparison runs). */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<BrowserContext> {
  const extensionDir = options.extensionDir === undefined ? DEFAULT_EXTENSION_DIR : options.extensionDir;
  if (extensionDir && !existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}. Run \`npm run build\` first.`);
  }
  const locale = options.locale ?? 'en-US';
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--lang=${locale}`,
  ];
  if (extensionDir)
    args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  return chromium.launchPersistentContext('', {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    locale,
    viewport: options.viewport ?? { width: 1440, height: 900 },
    deviceScaleFactor: options.deviceScaleFactor,
    args,
  });
}

/** The extension's service worker; on a busy machine it can take a while to register. */
export async function extensionWorker(context: BrowserContext, timeoutMs = 30_000): Promise<Worker> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const [worker] = context.serviceWorkers();
    if (worker) return worker;
    const event = await context.waitForEvent('serviceworker', { timeout: 1_000 }).catch(() => undefined);
    if (event) return event;
  }
  throw new Error(`The extension's service worker did not start within ${timeoutMs / 1000} s.`);
}

export async function extensionId(context: BrowserContext): Promise<string> {
  return new URL((await extensionWorker(context)).url()).host;
}

/** Scenario, language, create mode and skin (`classic` or `console-2019`) of the mock console. */
export type { MockConsoleOptions };

/**
 * Serves the mock console at JD Cloud's real addresses (billing pages on uc and billing-console alike)
 * and aborts every other request, so nothing leaves the machine. The options object is read per
 * request: a test can switch scenario or skin mid-run.
 */
export async function serveMockConsole(context: BrowserContext, options: MockConsoleOptions): Promise<void> {
  await context.route(
    (url) => url.protocol === 'https:' || url.protocol === 'http:',
    async (route) => {
      const url = route.request().url();
      const host = new URL(url).hostname;
      if (host !== 'jdcloud.com' && !host.endsWith('.jdcloud.com')) return route.abort('blockedbyclient');
      const response = mockConsoleResponse(url, options);
      // A route sees only the first request of a redirect chain: a real 302 would send the browser to the
      // network for its target. A client-side redirect makes the target a new, routed request.
      const location = response.headers.location;
      if (response.status >= 300 && response.status < 400 && location) {
        const body = `<!doctype html><script>location.replace(${JSON.stringify(location)})</script>`;
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
      }
      return route.fulfill({ status: response.status, headers: response.headers, body: response.body });
    },
  );
}
