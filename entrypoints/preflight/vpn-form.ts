import type { OPTIONS_SECTIONS, PanelView, TabPush } from '../../lib/messages';
import type { VpnDraft } from '../../lib/model/draft';
import type { PageKind } from '../../lib/model/page-kind';
import type { TaughtField } from '../../lib/model/settings';
import { findVpnConnectionForm } from '../../lib/pages';
import type { PageContext } from '../../lib/readers/page-context';
import { readVpnConnectionForm } from '../../lib/readers/vpn-connection-form';
import { PanelHost } from './panel-host';
import type { FormSession, PageRead, PreflightCore } from './preflight';
import { armSubmitGuard } from './submit-guard';

const VIEW_REFRESH_MS = 60_000;

function isPanelView(value: unknown): value is PanelView {
  return typeof value === 'object' && value !== null && 'readiness' in value && 'checks' in value;
}

/**
 * The VPN console's form: the draft as filled, the panel beside it with the background's verdict, and the
 * guard on its submit. Only the VPN console's preflight carries this; the account pages have no form.
 */
export function vpnFormSession(core: PreflightCore): FormSession {
  const { ctx, send, report, watcher } = core;
  const host = new PanelHost(
    core.language,
    () => {
      void send({ type: 'refresh' }).then((answer) => {
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
  let lastDraft = '';
  let form: Element | null = null;
  let view: PanelView | undefined;
  let viewRefresh: ReturnType<typeof setInterval> | undefined;

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
   * Sends the form as filled (with the page's readings when they changed: one message, so the verdict waits
   * on one answer) and shows the verdict that comes back, unless a newer draft went out meanwhile.
   */
  const sendDraft = (draft: VpnDraft | null, page?: PageRead) => {
    const key = JSON.stringify(draft);
    lastDraft = key;
    const answered = page && draft ? core.sendPageRead(page, draft) : report({ type: 'draft', draft });
    void answered.then((answer) => {
      if (key !== lastDraft) return;
      if (answer === undefined) core.retryLater();
      else if (draft && isPanelView(answer)) showView(answer);
    });
  };

  const updateDraft = (draft: VpnDraft | null, force = false) => {
    if (JSON.stringify(draft) !== lastDraft || force) sendDraft(draft);
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
  ctx.onInvalidated(() => host.remove());

  return {
    find: (pageKind: PageKind) =>
      pageKind === 'vpn-connection-form' ? findVpnConnectionForm(document) : null,
    scan(root: Element, page: PageContext, read: PageRead | undefined) {
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
      if (read) sendDraft(draft, read);
      else updateDraft(draft);
    },
    leave() {
      if (!form) return;
      form = null;
      clearInterval(viewRefresh);
      viewRefresh = undefined;
      watcher.watch(null);
      view = undefined;
      host.remove();
      watcher.discardPending();
      updateDraft(null);
    },
    forget() {
      lastDraft = '';
    },
    push(message: TabPush) {
      if (message.type === 'panel-view' && form && isPanelView(message.view)) showView(message.view);
    },
  };
}
