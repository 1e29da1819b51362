import { browser } from '#imports';
import { onAddressChange } from '../../lib/address-change';
import type { ContentMessage, PageReadTaken, TabPush } from '../../lib/messages';
import type { FormDraft } from '../../lib/model/draft';
import type { Reading } from '../../lib/model/observation';
import type { PageKind } from '../../lib/model/page-kind';
import type { PageResources } from '../../lib/model/resource-lists';
import type { TaughtField } from '../../lib/model/settings';
import { classify } from '../../lib/pages';
import type { FormReader, PageContext, PageKindReaders, PageReader } from '../../lib/readers/page-context';
import type { PageConfig } from '../../lib/taught-locators';
import { createDomWatcher, type DomWatcher } from './dom-watcher';
import type { PreflightLifetime } from './lifetime';
import { loadPageReport, loadTeach, type TeachHost, type TeachModule } from './on-demand';
import { isPageReread } from './page-config';

// A message the background did not take is sent again after this, then twice as long each time it fails again.
const RETRY_FIRST_MS = 2_000;
const RETRY_LAST_MS = 60_000;

/** The background's answer; undefined when the message did not get through (or was not answered). */
function send<T = unknown>(message: ContentMessage): Promise<T | undefined> {
  return browser.runtime.sendMessage(message).catch(() => undefined) as Promise<T | undefined>;
}

/** What a read of the page found, as sent with `page-read`. */
export interface PageRead {
  pageKind: PageKind;
  readings: Reading[];
  /** What a list page showed of the account's resources (the quota checks count them). */
  resources?: PageResources;
}

/** What a form session gets from the preflight it runs in. */
export interface PreflightCore {
  ctx: PreflightLifetime;
  language: 'zh-CN' | 'en';
  send: typeof send;
  /** Sends; an answer means the background is taking messages again. */
  report(message: ContentMessage): Promise<unknown>;
  /** Sends the page's readings with the form as filled; answered with the verdict, or null when read again. */
  sendPageRead(read: PageRead, draft: FormDraft): Promise<unknown>;
  /** The background did not take what was sent: read and send again later. */
  retryLater(): void;
  watcher: DomWatcher;
}

/** A page family's forms, once found on a page: read, shown beside a panel and guarded (vpn-form.ts). */
export interface FormSession {
  /** A scan found the form: `read` is the page's readings when they changed since the last ones sent. */
  scan(root: Element, form: FormReader, page: PageContext, read: PageRead | undefined): void;
  /** The form went away (or the page did). */
  leave(): void;
  /** What was sent is to be sent again (new settings, a retry). */
  forget(): void;
  push(message: TabPush): void;
}

/** What one preflight module reads: its hosts' page kinds, and their forms where they have any. */
export interface PreflightFamily {
  /** Each page kind's readings (the header, the account's values). */
  readers: Partial<Record<PageKind, PageReader>>;
  /** The lists and forms read on every page of their kind. */
  pages?: PageKindReaders;
  /** Page kinds whose lists and forms are read by code imported with the first page of such a kind. */
  onDemand?: { kinds: readonly PageKind[]; load(): Promise<PageKindReaders> };
  forms?: (core: PreflightCore) => FormSession;
}

/**
 * The preflight's whole job: classify the page, read it, report what it read, offer to point at what it
 * missed, and where the family has forms, let them show the panel and guard the submit. Runs on load, on SPA
 * navigation and on batched DOM changes.
 */
export function startPreflight(ctx: PreflightLifetime, family: PreflightFamily) {
  const language = navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
  // The person's taught locators and selector overrides, none until the background says otherwise (sendPageRead).
  let config: PageConfig = { selectorOverrides: {}, taught: [], key: '' };
  let pageKind: PageKind = 'not-ours';
  let lastReport = '';
  let retry: ReturnType<typeof setTimeout> | undefined;
  let retryMs = RETRY_FIRST_MS;
  let forms: FormSession | undefined;
  let pages: PageKindReaders = family.pages ?? {};
  /** The readers still to be imported: the page is read once they are, with the first page of their kinds. */
  let onDemand = family.onDemand;
  const awaitingReaders = () => onDemand?.kinds.includes(pageKind) === true;
  const withReaders = (then: () => void) => {
    const loading = onDemand;
    void loading?.load().then(
      (loaded) => {
        if (onDemand !== loading) return;
        onDemand = undefined;
        pages = {
          resources: { ...pages.resources, ...loaded.resources },
          forms: { ...pages.forms, ...loaded.forms },
        };
        then();
      },
      (error) => {
        if (onDemand !== loading) return;
        // Tried once: the page is read without them (its header still counts), and the failure reported.
        onDemand = undefined;
        void send({ type: 'guard-error', message: `readers: ${error}` });
        then();
      },
    );
  };

  /** What was sent is to be sent again: read with new settings, or after the background failed. */
  const forget = () => {
    lastReport = '';
    forms?.forget();
  };

  /**
   * The teach module (chip, picker, taught places), once loaded: on a read page that missed a value, when the
   * person asks to point at one, or where a place was taught for this page (its reads wait for it till then).
   */
  let teach: TeachModule | undefined;
  const withTeach = (use: (module: TeachModule) => void) =>
    void loadTeach().then(
      (module) => {
        teach = module;
        use(module);
      },
      (error) => send({ type: 'guard-error', message: `teach: ${error}` }),
    );
  const pageContext = (): PageContext => ({
    document,
    overrides: config.selectorOverrides,
    findTaught: teach?.finder(config.taught, pageKind),
  });
  const awaitingTeach = () =>
    !teach && config.taught.some((place) => place.scope === pageKind || place.scope === 'console');
  const teachHost: TeachHost = {
    pageKind: () => pageKind,
    language,
    send,
    taught: (next) => {
      config = next;
      forget();
      scan();
    },
  };
  /** The fields the chip offers now, as the background named them for the last read it took (PageReadTaken). */
  let offered = '';
  const offerTeach = (fields: TaughtField[] = []) => {
    const key = `${location.href} ${fields}`;
    if (key === offered) return;
    offered = key;
    if (fields.length > 0) withTeach((module) => module.offer(fields, teachHost));
    else teach?.close();
  };

  /** Whether the page's readings differ from the last ones sent (the address counts: a new page is news). */
  const readingsChanged = (read: PageRead) => {
    const key = JSON.stringify([location.href, read.pageKind, read.readings, read.resources]);
    if (key === lastReport) return false;
    lastReport = key;
    return true;
  };

  /**
   * The background did not take what was sent (it failed, or was away): the page is read and sent again later,
   * by a timer rather than on the next scan, so a busy page does not send it once a frame to a failing
   * background, and a quiet one still gets its panel.
   */
  const retryLater = () => {
    if (retry !== undefined) return;
    retry = setTimeout(() => {
      retry = undefined;
      forget();
      scan();
    }, retryMs);
    retryMs = Math.min(retryMs * 2, RETRY_LAST_MS);
  };
  ctx.onInvalidated(() => clearTimeout(retry));
  const report = (message: ContentMessage) =>
    send(message).then((answer) => {
      if (answer !== undefined) retryMs = RETRY_FIRST_MS;
      return answer;
    });

  /**
   * Reports what the page shows, with the config it was read with. Where the settings hold another, the
   * background answers with that instead of taking the read, and the page is read again with it.
   */
  const sendPageRead = (read: PageRead, draft?: FormDraft) => {
    const readWith = config.key;
    const reported = lastReport;
    const message: ContentMessage = {
      type: 'page-read',
      ...read,
      config: readWith,
      ...(draft ? { draft } : {}),
    };
    return report(message).then((answer) => {
      // Not taken: sent again later, unless newer readings have gone out since (they bring their own answer).
      if (answer === undefined && lastReport === reported) retryLater();
      if (!isPageReread(answer)) return answer;
      // Several reads may have gone out with the old config: the first answer's read again serves all.
      if (config.key === readWith) {
        config = answer.reread;
        forget();
        scan();
      }
      // Answered, with nothing to show: the read again brings its own answer.
      return null;
    });
  };

  const scan = () => {
    if (!ctx.isValid) return;
    const kind = classify(location, document);
    if (kind !== pageKind) teach?.close();
    pageKind = kind;
    if (pageKind === 'not-ours') return forms?.leave();
    if (awaitingTeach()) return withTeach(scan);
    if (awaitingReaders()) return withReaders(scan);
    const page = pageContext();
    const read: PageRead = { pageKind, readings: family.readers[pageKind]?.(page) ?? [] };
    const resources = pages.resources?.[pageKind]?.(page);
    if (resources) read.resources = resources;
    const form = pages.forms?.[pageKind];
    const root = form?.find(document);
    if (form && root) return forms?.scan(root, form, page, readingsChanged(read) ? read : undefined);
    if (readingsChanged(read)) {
      const reported = lastReport;
      void sendPageRead(read).then((answer) => {
        // Offered once the background took this read (read with the person's config) while it is the newest.
        if (answer != null && lastReport === reported) offerTeach((answer as PageReadTaken).offer);
      });
    }
    forms?.leave();
  };

  const watcher = createDomWatcher(ctx, scan);
  const rescan = () => {
    watcher.arm();
    watcher.schedule();
  };
  forms = family.forms?.({ ctx, language, send, report, sendPageRead, retryLater, watcher });

  const onPush = (message: unknown) => {
    const push = message as TabPush;
    if (push?.type === 'start-teach') {
      // The background asked: a person's gesture in a panel row or the popup (a page cannot send this).
      withTeach((module) => module.pick(push.field, teachHost));
      return Promise.resolve(true);
    }
    if (push?.type === 'collect-report') {
      return loadPageReport().then((module) => module.collect(pageContext(), pageKind));
    }
    if (push?.type) forms?.push(push);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onPush);
  ctx.onInvalidated(() => {
    try {
      browser.runtime.onMessage.removeListener(onPush);
    } catch {
      // The extension is gone from under the page: so is the listener.
    }
  });
  onAddressChange(rescan, ctx.signal);
  for (const type of ['click', 'keyup', 'input', 'change'] as const) {
    ctx.addEventListener(document, type, rescan, { capture: true, passive: true });
  }
  ctx.onInvalidated(() => teach?.close());

  // The first read at once, not a frame later: the person is looking at the form already. The watch starts
  // after it, so it starts narrowed to the form the read found (one observer, not a whole-page one first).
  scan();
  watcher.arm();
}
