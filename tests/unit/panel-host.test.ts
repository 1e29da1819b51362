import { afterEach, describe, expect, it, vi } from 'vitest';
import { dockFor, type GuardPrompt, PanelHost } from '../../entrypoints/preflight/panel-host';
import { panelCatalog } from '../../lib/i18n/panel';
import type { PanelView } from '../../lib/messages';
import type { AccountState } from '../../lib/model/observation';
import { defaultSettings } from '../../lib/settings';
import { buildPanelView } from '../../lib/views';

const NOW = Date.UTC(2026, 10, 27, 8, 0, 0);
const state: AccountState = {
  signedIn: { field: 'signedIn', value: true, source: 'page:other-console', observedAt: NOW },
  cash: { field: 'cash', value: 3250, source: 'page:capital-overview', observedAt: NOW },
  coupons: { field: 'coupons', value: 0, source: 'page:coupons', observedAt: NOW },
};
const view = (extra: Partial<PanelView> = {}): PanelView => ({
  ...buildPanelView(state, { presentation: 'route', name: 'vpn-01' }, defaultSettings(), 'en', NOW),
  ...extra,
});

/** Every host a test made: removed after it, so no guard left open keeps hearing Escape in the next test. */
const hosts: PanelHost[] = [];
const newHost = (...args: ConstructorParameters<typeof PanelHost>) => {
  const host = new PanelHost(...args);
  hosts.push(host);
  return host;
};

afterEach(() => {
  for (const host of hosts.splice(0)) host.remove();
  document.body.replaceChildren();
});

const guardPrompt = (more: Partial<GuardPrompt> = {}): GuardPrompt => ({
  readiness: 'blocked',
  blocked: false,
  onProceed: vi.fn(),
  onCancel: vi.fn(),
  ...more,
});

function shownPanel(panelView = view()) {
  const form = document.body.appendChild(document.createElement('form'));
  const onRefresh = vi.fn();
  const onCollapse = vi.fn();
  const host = newHost('en', onRefresh, undefined, undefined, onCollapse);
  host.show(form, panelView);
  const shadow = () => document.querySelector('jdc-preflight-panel')?.shadowRoot as ShadowRoot;
  const find = (selector: string) => shadow().querySelector<HTMLElement>(selector);
  return { host, form, shadow: shadow(), shadowNow: shadow, find, onRefresh, onCollapse };
}

/** A form at `rect` in a window `width` wide. */
function formAt(rect: { left: number; top: number; right: number; bottom: number }, width = 1440) {
  vi.spyOn(window, 'innerWidth', 'get').mockReturnValue(width);
  const form = document.body.appendChild(document.createElement('form'));
  vi.spyOn(form, 'getBoundingClientRect').mockReturnValue({
    ...rect,
    x: rect.left,
    y: rect.top,
    width: rect.right - rect.left,
    height: rect.bottom - rect.top,
    toJSON: () => ({}),
  });
  return form;
}

afterEach(() => vi.restoreAllMocks());

describe('PanelHost', () => {
  it('puts the panel in an open shadow root with its own style element and the stable hooks', () => {
    const { shadow, find } = shownPanel();
    // The CSS text itself is empty under vitest, which does not process CSS.
    expect(shadow.querySelector('style')).not.toBeNull();
    expect(find('[data-testid="preflight-panel"]')?.getAttribute('data-readiness')).toBe(view().readiness);
    expect(shadow.querySelectorAll('[data-check]').length).toBe(view().checks.length);
  });

  it('shows a new verdict in place: one host, one panel', () => {
    const { host, form, shadow, find } = shownPanel();
    host.show(form, view({ readiness: 'ready', readinessLabel: 'Ready to create' }));
    expect(document.querySelectorAll('jdc-preflight-panel')).toHaveLength(1);
    expect(shadow.querySelectorAll('[data-testid="preflight-panel"]')).toHaveLength(1);
    expect(find('[data-testid="preflight-panel"]')?.getAttribute('data-readiness')).toBe('ready');
  });

  it('collapses and expands, keeping focus on the control that replaces the one pressed', () => {
    const { shadow, find } = shownPanel();
    find('[data-action="collapse"]')?.click();
    expect(find('.panel__body')?.hasAttribute('hidden')).toBe(true);
    expect(shadow.activeElement?.getAttribute('data-action')).toBe('expand');
    find('[data-action="expand"]')?.click();
    expect(find('.panel__body')?.hasAttribute('hidden')).toBe(false);
    expect(shadow.activeElement?.getAttribute('data-action')).toBe('collapse');
  });

  it('keeps focus on the same control when a new verdict rebuilds the panel', () => {
    const { host, form, shadow, find, onRefresh } = shownPanel(view({ refreshable: true }));
    find('[data-action="refresh"]')?.focus();
    host.show(form, view({ refreshable: true, notice: 'Refreshed.' }));
    expect(shadow.activeElement?.getAttribute('data-action')).toBe('refresh');
    expect(find('.panel__notice')?.textContent).toBe('Refreshed.');
    find('[data-action="refresh"]')?.click();
    expect(onRefresh).toHaveBeenCalledTimes(1);
  });

  it('focuses "Back to the form" when the guard opens, and leaves focus where the person moved it after', () => {
    const { host, form, shadow, find } = shownPanel();
    const guard = guardPrompt();
    host.prompt(guard);
    expect(shadow.activeElement?.getAttribute('data-action')).toBe('cancel');
    find('[data-action="proceed"]')?.focus();
    host.show(form, view({ notice: 'newer verdict' }));
    expect(shadow.activeElement?.getAttribute('data-action')).toBe('proceed');
    find('[data-action="proceed"]')?.click();
    expect(guard.onProceed).toHaveBeenCalledTimes(1);
    host.prompt(undefined);
    expect(find('[data-testid="preflight-guard"]')).toBeNull();
  });

  it('gives focus back to what had it in the page when the guard closes', () => {
    const { host, form } = shownPanel();
    const confirm = form.appendChild(document.createElement('button'));
    confirm.focus();
    host.prompt(guardPrompt());
    expect(document.activeElement).not.toBe(confirm);
    host.prompt(undefined);
    expect(document.activeElement).toBe(confirm);
  });

  it('gives focus back to the control that submitted, whatever had focus when the guard opened', () => {
    const { host, form } = shownPanel();
    const confirm = form.appendChild(document.createElement('button'));
    const name = form.appendChild(document.createElement('input'));
    name.focus();
    host.prompt(guardPrompt({ invoker: confirm }));
    host.prompt(undefined);
    expect(document.activeElement).toBe(confirm);
  });

  it('opens the guard before the first verdict has come, saying nothing could be confirmed', () => {
    const host = newHost('en', () => {});
    host.prompt(guardPrompt({ readiness: undefined }));
    const shadow = document.querySelector('jdc-preflight-panel')?.shadowRoot as ShadowRoot;
    const guard = shadow.querySelector('[data-testid="preflight-guard"]');
    expect(guard?.textContent).toContain(panelCatalog.en['guard.title.unknown']);
    expect(guard?.textContent).toContain(panelCatalog.en['guard.intro.unknown']);
    expect(shadow.querySelector('[data-testid="preflight-panel"]')).toBeNull();
    expect(shadow.activeElement?.getAttribute('data-action')).toBe('cancel');
  });

  it('removes everything it added, and cancels a guard still open so no submit stays held', () => {
    const { host } = shownPanel();
    const guard = guardPrompt();
    host.prompt(guard);
    host.remove();
    expect(document.querySelector('jdc-preflight-panel')).toBeNull();
    expect(guard.onCancel).toHaveBeenCalledTimes(1);
    expect(guard.onProceed).not.toHaveBeenCalled();
  });

  it('opens the guard as a modal dialog, rebuilt only when what it says changes', () => {
    const { host, form, find } = shownPanel();
    host.prompt(guardPrompt());
    const dialog = find('dialog[data-testid="preflight-guard"]') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    // The periodic refresh brings the same verdict: the same dialog stays, not read out again.
    host.show(form, view());
    expect(find('[data-testid="preflight-guard"]')).toBe(dialog);
    host.show(form, view({ language: 'zh-CN', texts: panelCatalog['zh-CN'] }));
    expect(find('[data-testid="preflight-guard"]')).not.toBe(dialog);
    expect(find('[data-testid="preflight-guard"]')?.textContent).toContain('返回修改');
  });
});

describe('Escape while the guard is open', () => {
  it('closes it wherever focus is, and neither its keydown nor its keyup reaches the page', () => {
    const pageKeys: string[] = [];
    const record = (event: KeyboardEvent) => pageKeys.push(`${event.type} ${event.key}`);
    document.addEventListener('keydown', record);
    document.addEventListener('keyup', record, true);
    const { host, form } = shownPanel();
    const field = form.appendChild(document.createElement('input'));
    const guard = guardPrompt({ onCancel: vi.fn(() => host.prompt(undefined)) });
    host.prompt(guard);
    // Focus left the dialog (a click on the page behind, say): Escape still answers the guard.
    field.focus();
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(guard.onCancel).toHaveBeenCalledTimes(1);
    field.dispatchEvent(new KeyboardEvent('keyup', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(pageKeys).toEqual([]);
    // Closed, Escape is the page's again; other keys always were.
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(pageKeys).toEqual(['keydown Escape', 'keydown a']);
    document.removeEventListener('keydown', record);
    document.removeEventListener('keyup', record, true);
  });

  it('lets other keys through to the page while the guard is open', () => {
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    const { host } = shownPanel();
    host.prompt(guardPrompt());
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(pageKeys).toHaveBeenCalledTimes(1);
    document.removeEventListener('keydown', pageKeys);
  });
});

describe('the verdict read out', () => {
  it('has one live region, outside the rebuilt panel, that speaks only when the verdict changes', () => {
    const { host, form, shadow, find } = shownPanel();
    const regions = () => shadow.querySelectorAll('[role="status"], [role="alert"], [aria-live]');
    expect(regions()).toHaveLength(1);
    const live = regions()[0] as HTMLElement;
    expect(live.textContent).toBe(`VPN Preflight: ${view().readinessLabel}`);
    const changes: string[] = [];
    new MutationObserver(() => changes.push(live.textContent ?? '')).observe(live, {
      childList: true,
      characterData: true,
    });
    host.show(form, view());
    find('[data-action="collapse"]')?.click();
    host.show(form, view({ readiness: 'ready', readinessLabel: 'Ready to create' }));
    host.prompt(guardPrompt());
    expect(regions()).toHaveLength(1);
    return Promise.resolve().then(() => {
      expect(changes).toEqual(['VPN Preflight: Ready to create']);
    });
  });
});

describe('the collapsed panel', () => {
  it('starts collapsed when the person last left it so, and keeps their choice when the page rebuilds it', () => {
    const { host, form, find, shadowNow, onCollapse } = shownPanel(view({ collapsed: true }));
    expect(find('.panel__body')?.hasAttribute('hidden')).toBe(true);
    find('[data-action="expand"]')?.click();
    expect(onCollapse).toHaveBeenLastCalledWith(false);
    find('[data-action="collapse"]')?.click();
    expect(onCollapse).toHaveBeenLastCalledWith(true);
    // The page's own re-render threw our element out; the stored choice had not caught up yet.
    document.querySelector('jdc-preflight-panel')?.remove();
    host.show(form, view({ collapsed: false }));
    expect(shadowNow().querySelector('.panel__body')?.hasAttribute('hidden')).toBe(true);
  });

  it('starts open when the person last left it open and there is room', () => {
    const { find, onCollapse } = shownPanel(view({ collapsed: false }));
    expect(find('.panel__body')?.hasAttribute('hidden')).toBe(false);
    expect(onCollapse).not.toHaveBeenCalled();
  });
});

describe('dockFor', () => {
  it('sits beside the form, level with its top, so the header and toolbar above the form stay clear', () => {
    // A 640-px dialog in the middle of a 1440-px window, its top at 187 px (a region selector sits above it).
    expect(dockFor(formAt({ left: 400, top: 187, right: 1040, bottom: 713 }))).toEqual({
      side: 'right',
      top: 187,
      inset: 16,
      crowded: false,
    });
    expect(dockFor(formAt({ left: 700, top: 120, right: 1300, bottom: 600 }))).toMatchObject({
      side: 'left',
      top: 120,
      crowded: false,
    });
  });

  it('with no room beside a route form, keeps the collapsed tab inside the form’s own top corner', () => {
    const dock = dockFor(formAt({ left: 224, top: 137, right: 1415, bottom: 580 }));
    expect(dock).toEqual({ side: 'right', top: 145, inset: 33, crowded: true });
  });

  it('with no room beside a dialog, puts the tab on the backdrop: above the dialog, else below it', () => {
    vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(768);
    const dialog = (rect: { left: number; top: number; right: number; bottom: number }) => {
      const form = formAt(rect, 1024);
      form.setAttribute('role', 'dialog');
      return dockFor(form);
    };
    const above = dialog({ left: 192, top: 140, right: 832, bottom: 600 });
    expect(above).toMatchObject({ side: 'right', crowded: true, inset: 192 });
    // Between the console's top bar and the dialog's top edge.
    expect(above.top).toBeGreaterThanOrEqual(64);
    expect(above.top + 44).toBeLessThanOrEqual(140);
    // A dialog high up (its close button in the corner): below it instead.
    const below = dialog({ left: 192, top: 80, right: 832, bottom: 600 });
    expect(below).toMatchObject({ side: 'right', crowded: true, inset: 192 });
    expect(below.top).toBeGreaterThanOrEqual(600);
    expect(below.top + 40).toBeLessThanOrEqual(768);
  });

  it('positions the panel with the dock it computed when it mounts', () => {
    const form = formAt({ left: 400, top: 187, right: 1040, bottom: 713 });
    newHost('en', () => {}).show(form, view());
    const dock = document
      .querySelector('jdc-preflight-panel')
      ?.shadowRoot?.querySelector<HTMLElement>('.dock');
    expect(dock?.style.getPropertyValue('--pf-top')).toBe('187px');
    expect(dock?.classList.contains('dock--right')).toBe(true);
  });

  it('starts collapsed where there is no room, whatever the person last chose', () => {
    const form = formAt({ left: 224, top: 137, right: 1415, bottom: 580 });
    newHost('en', () => {}).show(form, view({ collapsed: false }));
    const panel = document.querySelector('jdc-preflight-panel')?.shadowRoot?.querySelector('.panel__body');
    expect(panel?.hasAttribute('hidden')).toBe(true);
  });
});
