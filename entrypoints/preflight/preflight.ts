import { browser } from '#imports';
import { onAddressChange } from '../../lib/address-change';
import type { ContentMessage, OPTIONS_SECTIONS, PageReadTaken, PanelView, TabPush } from '../../lib/messages';
import type { VpnDraft } from '../../lib/model/draft';
import type { Reading } from '../../lib/model/observation';
import type { PageKind } from '../../lib/model/page-kind';
import type { TaughtField } from '../../lib/model/settings';
import { classify, findVpnConnectionForm } from '../../lib/pages';
import { type PageContext, readersByPage, readVpnConnectionForm } from '../../lib/readers';
import type { PageConfig } from '../../lib/taught-locators';
import { createDomWatcher } from './dom-watcher';
import type { PreflightLifetime } from './lifetime';
import { loadPageReport, loadTeach, type TeachHost, type TeachModule } from './on-demand';
import { isPageReread } from './page-config';
import { PanelHost } from './panel-host';
import { armSubmitGuard } from './submit-guard';

const VIEW_REFRESH_MS = 60_000;
// A message the background did not take is sent again after this, then twice as long each time it fails again.
const RETRY_FIRST_MS = 2_000;
const RETRY_LAST_MS = 60_000;

/** The background's answer; undefined when the message did not get through (or was not answered). */
function send<T = unknown>(message: ContentMessage): Promise<T | undefined> {
  return browser.runtime.sendMessage(message).catch(() => undefined) as Promise<T | undefined>;
}

function isPanelView(value: unknown): value is PanelView {
  return typeof value === 'object' && value !== null && 'readiness' in value && 'checks' in value;
}

/**
 * The preflight's whole job: classify the page, read it, report what it read, and on the VPN form
 * show the panel and guard the submit. Runs on load, on SPA navigation and on batched DOM changes.
 */
export function startPreflight(ctx: PreflightLifetime) {
  const language = navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
  const host = new PanelHost(
    language,
    () => {
      void send<PanelView>({ type: 'refresh' }).then((answer) => {
        if (isPanelView(answer)) showView(answer);
      });
    },
    // The background checks the section against the options page's (this bundle carries no schemas).
    (section) =>
      void send({
        type: 'open-options',
        ...(section ? { section: section as (typeof OPTIONS_SECTIONS)[number] } : {}),
      }),
    // A row's "point at it": the background starts the picker here, or on the page that shows the value.
    (field) => void send({ type: 'teach-request', field: field as TaughtField }),
  );
  // The person's taught locators and selector overrides, none until the background says otherwise (sendPageRead).
  let config: PageConfig = { selectorOverrides: {}, taught: [], key: '' };
  let pageKind: PageKind = 'not-ours';
  let lastReport = '';
  let lastDraft = '';
  let form: Element | null = null;
  let view: PanelView | undefined;
  let viewRefresh: ReturnType<typeof setInterval> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let retryMs = RETRY_FIRST_MS;

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
      lastReport = '';
      lastDraft = '';
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

  /**
   * A custom select shows its options only while it is open (Element UI appends them to the page then): what
   * it showed while this form was open still holds once it closes, until a new form opens.
   */
  let gatewaysSeen: Pick<VpnDraft, 'borderGateway' | 'customerGateway'> = {};
  const withGatewaysSeen = (draft: VpnDraft): VpnDraft => {
    for (const field of ['borderGateway', 'customerGateway'] as const) {
      if (draft[field]) gatewaysSeen[field] = draft[field];
      else if (gatewaysSeen[field]) draft[field] = gatewaysSeen[field];
    }
    return draft;
  };

  /** Whether the page's readings differ from the last ones sent (the address counts: a new page is news). */
  const readingsChanged = (pageKind: PageKind, readings: Reading[]) => {
    const key = JSON.stringify([location.href, pageKind, readings]);
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
      lastReport = '';
      lastDraft = '';
      scan();
    }, retryMs);
    retryMs = Math.min(retryMs * 2, RETRY_LAST_MS);
  };
  ctx.onInvalidated(() => clearTimeout(retry));
  /** Sends what the page shows; an answer means the background is taking messages again. */
  const report = (message: ContentMessage) =>
    send(message).then((answer) => {
      if (answer !== undefined) retryMs = RETRY_FIRST_MS;
      return answer;
    });

  const showView = (next: PanelView) => {
    // A reply after this preflight's lifetime ended (the extension went away) brings back no panel.
    if (!ctx.isValid) return;
    view = next;
    if (!form) return;
    host.show(form, view);
    // Our own host element is not news: no second scan for it.
    watcher.discardPending();
  };

  /**
   * Reports what the page shows, with the overrides it was read with. Where the settings hold others, the
   * background answers with those instead of taking the read, and the page is read again with them.
   */
  const sendPageRead = (page: { pageKind: PageKind; readings: Reading[] }, draft?: VpnDraft) => {
    const readWith = config.key;
    const reported = lastReport;
    const message: ContentMessage = {
      type: 'page-read',
      ...page,
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
        lastReport = '';
        lastDraft = '';
        scan();
      }
      // Answered, with nothing to show: the read again brings its own answer.
      return null;
    });
  };

  /**
   * Sends the form as filled (with the page's readings when they changed: one message, so the verdict waits
   * on one answer) and shows the verdict that comes back, unless a newer draft went out meanwhile.
   */
  const sendDraft = (draft: VpnDraft | null, page?: { pageKind: PageKind; readings: Reading[] }) => {
    const key = JSON.stringify(draft);
    lastDraft = key;
    const answered = page && draft ? sendPageRead(page, draft) : report({ type: 'draft', draft });
    void answered.then((answer) => {
      if (key !== lastDraft) return;
      if (answer === undefined) retryLater();
      else if (draft && isPanelView(answer)) showView(answer);
    });
  };

  const updateDraft = (draft: VpnDraft | null, force = false) => {
    if (JSON.stringify(draft) !== lastDraft || force) sendDraft(draft);
  };

  const leaveForm = () => {
    if (!form) return;
    form = null;
    clearInterval(viewRefresh);
    viewRefresh = undefined;
    watcher.watch(null);
    view = undefined;
    host.remove();
    watcher.discardPending();
    updateDraft(null);
  };

  const scan = () => {
    if (!ctx.isValid) return;
    const kind = classify(location, document);
    if (kind !== pageKind) teach?.close();
    pageKind = kind;
    if (pageKind === 'not-ours') return leaveForm();
    if (awaitingTeach()) return withTeach(scan);
    const page = pageContext();
    const readings = readersByPage[pageKind]?.(page) ?? [];
    const root = pageKind === 'vpn-connection-form' ? findVpnConnectionForm(document) : null;
    if (!root) {
      if (readingsChanged(pageKind, readings)) {
        const reported = lastReport;
        void sendPageRead({ pageKind, readings }).then((answer) => {
          // Offered once the background took this read (read with the person's config) while it is the newest.
          if (answer != null && lastReport === reported) offerTeach((answer as PageReadTaken).offer);
        });
      }
      return leaveForm();
    }
    if (root !== form) {
      if (import.meta.env.WXT_PREFLIGHT_BUILD === 'bench') performance.mark('preflight:form-seen');
      form = root;
      gatewaysSeen = {};
      watcher.watch(root);
      // Ages and staleness move with the clock: ask for a fresh verdict now and then while the form is open.
      viewRefresh ??= ctx.setInterval(() => {
        if (form && lastDraft) updateDraft(JSON.parse(lastDraft) as VpnDraft | null, true);
      }, VIEW_REFRESH_MS);
      // The panel mounts with its first verdict (the draft's answer below), not empty before it.
    }
    const draft = withGatewaysSeen(readVpnConnectionForm(page, root) ?? { presentation: 'route' });
    if (readingsChanged(pageKind, readings)) sendDraft(draft, { pageKind, readings });
    else updateDraft(draft);
  };

  const watcher = createDomWatcher(ctx, scan);
  const rescan = () => {
    watcher.arm();
    watcher.schedule();
  };

  armSubmitGuard(ctx, {
    form: () => form,
    view: () => view,
    prompt: (prompt) => host.prompt(prompt),
    onOverride: (held) =>
      void send({
        type: 'guard-override',
        readiness: held?.readiness ?? 'unknown',
        checks: held?.checks.filter((c) => c.status !== 'pass').map((c) => c.id) ?? [],
      }),
    onError: (error) => void send({ type: 'guard-error', message: String(error).slice(0, 2000) }),
  });

  const onPush = (message: unknown) => {
    const push = message as TabPush;
    if (push?.type === 'panel-view' && form && isPanelView(push.view)) showView(push.view);
    if (push?.type === 'start-teach') {
      // The background asked: a person's gesture in a panel row or the popup (a page cannot send this).
      withTeach((module) => module.pick(push.field, teachHost));
      return Promise.resolve(true);
    }
    if (push?.type === 'collect-report') {
      return loadPageReport().then((report) => report.collect(pageContext(), pageKind));
    }
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
  ctx.onInvalidated(() => {
    host.remove();
    teach?.close();
  });

  // The first read at once, not a frame later: the person is looking at the form already. The watch starts
  // after it, so it starts narrowed to the form the read found (one observer, not a whole-page one first).
  scan();
  watcher.arm();
}
