import type { OPTIONS_SECTIONS, PanelView, TabPush } from '../../lib/messages';
import type { FormDraft } from '../../lib/model/draft';
import type { TaughtField } from '../../lib/model/settings';
import type { FormReader, PageContext } from '../../lib/readers/page-context';
import { PanelHost } from './panel-host';
import type { FormSession, PageRead, PreflightCore } from './preflight';
import { armSubmitGuard } from './submit-guard';

const VIEW_REFRESH_MS = 60_000;
/** How long a submit made just after a change waits for the changed form's verdict before it asks. */
const FRESH_VERDICT_WAIT_MS = 800;

function isPanelView(value: unknown): value is PanelView {
  return typeof value === 'object' && value !== null && 'readiness' in value && 'checks' in value;
}

/**
 * The VPN console's forms (a connection, a tunnel, a customer gateway), one at a time: the draft as filled,
 * the panel beside it with the background's verdict, and the guard on its submit. Only the VPN console's
 * preflight carries this; the account pages have no form.
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
    // Kept by the background (storage.local is closed to content scripts): the next panel starts so.
    (collapsed) => void send({ type: 'panel-collapsed', collapsed }),
  );
  let lastDraft = '';
  /** The draft the shown view answers, and whether the person typed in the form since the last draft went out. */
  let shownDraft = '';
  let typedSince = false;
  /** Submits held for the verdict of the form as it is now. */
  let waiters: ((view: PanelView | undefined) => void)[] = [];
  let form: Element | null = null;
  let view: PanelView | undefined;
  let viewRefresh: ReturnType<typeof setInterval> | undefined;

  /**
   * A custom select shows its options only while it is open (Element UI appends them to the page then): what
   * the form's sticky fields showed while this form was open still holds once they close, until a new form opens.
   */
  let seen: Record<string, unknown> = {};
  const withSeen = (draft: FormDraft, sticky: readonly string[] = []): FormDraft => {
    const fields = draft as Record<string, unknown>;
    for (const field of sticky) {
      if (fields[field] !== undefined) seen[field] = fields[field];
      else if (seen[field] !== undefined) fields[field] = seen[field];
    }
    return draft;
  };

  const showView = (next: PanelView) => {
    // A reply after this preflight's lifetime ended (the extension went away) brings back no panel.
    if (!ctx.isValid) return;
    view = next;
    settleWaiters();
    if (!form) return;
    host.show(form, view);
    // Our own host element is not news: no second scan for it.
    watcher.discardPending();
  };

  /**
   * Sends the form as filled (with the page's readings when they changed: one message, so the verdict waits
   * on one answer) and shows the verdict that comes back, unless a newer draft went out meanwhile.
   */
  const sendDraft = (draft: FormDraft | null, page?: PageRead) => {
    const key = JSON.stringify(draft);
    lastDraft = key;
    typedSince = false;
    const answered = page && draft ? core.sendPageRead(page, draft) : report({ type: 'draft', draft });
    void answered.then((answer) => {
      if (key !== lastDraft) return;
      if (answer === undefined) core.retryLater();
      else if (draft && isPanelView(answer)) {
        shownDraft = key;
        showView(answer);
      }
    });
  };
  const isFresh = () => !typedSince && shownDraft === lastDraft;
  /** Lets the submits held for a fresh verdict go on, once the shown verdict is for the form as it is. */
  const settleWaiters = () => {
    if (!view || !isFresh() || waiters.length === 0) return;
    for (const resolve of waiters) resolve(view);
    waiters = [];
  };

  // A key pressed just before Enter changes the form before the next read: the guard waits for the verdict
  // of the form as it is now. `input` only: a text field's `change` comes on blur (a click on the confirm
  // button), after the value it reports was read; selects and choices fire `input` as they change.
  ctx.addEventListener(
    document,
    'input',
    (event) => {
      if (form && event.target instanceof Node && form.contains(event.target)) typedSince = true;
    },
    { capture: true, passive: true },
  );
  const whenFresh = () => {
    if (isFresh()) return undefined;
    // Read now rather than next frame: the held submit waits on this read's verdict.
    watcher.schedule();
    return new Promise<PanelView | undefined>((resolve) => {
      waiters.push(resolve);
      setTimeout(() => resolve(undefined), FRESH_VERDICT_WAIT_MS);
    });
  };

  const updateDraft = (draft: FormDraft | null, force = false) => {
    if (JSON.stringify(draft) !== lastDraft || force) return sendDraft(draft);
    // Read again after typing, the form is as its last draft (a change undone): that draft's verdict holds.
    typedSince = false;
    settleWaiters();
  };

  armSubmitGuard(ctx, {
    form: () => form,
    view: () => view,
    whenFresh,
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
    scan(root: Element, reader: FormReader, page: PageContext, read: PageRead | undefined) {
      if (root !== form) {
        if (import.meta.env.WXT_PREFLIGHT_BUILD === 'bench') performance.mark('preflight:form-seen');
        form = root;
        seen = {};
        watcher.watch(root);
        // Ages and staleness move with the clock: ask for a fresh verdict now and then while the form is open.
        viewRefresh ??= ctx.setInterval(() => {
          if (form && lastDraft) updateDraft(JSON.parse(lastDraft) as FormDraft | null, true);
        }, VIEW_REFRESH_MS);
        // The panel mounts with its first verdict (the draft's answer below), not empty before it.
      }
      const draft = withSeen(reader.read(page, root), reader.sticky);
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
      shownDraft = '';
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
