import { afterEach, describe, expect, it, vi } from 'vitest';
import { PanelHost } from '../../entrypoints/preflight/panel-host';
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

afterEach(() => document.body.replaceChildren());

function shownPanel(panelView = view()) {
  const form = document.body.appendChild(document.createElement('form'));
  const onRefresh = vi.fn();
  const host = new PanelHost('en', onRefresh);
  host.show(form, panelView);
  const shadow = document.querySelector('jdc-preflight-panel')?.shadowRoot as ShadowRoot;
  const find = (selector: string) => shadow.querySelector<HTMLElement>(selector);
  return { host, form, shadow, find, onRefresh };
}

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

  it('focuses "Fix first" when the guard opens, and leaves focus where the person moved it after', () => {
    const { host, form, shadow, find } = shownPanel();
    const guard = { blocked: false, onProceed: vi.fn(), onCancel: vi.fn() };
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
    host.prompt({ blocked: false, onProceed: () => {}, onCancel: () => {} });
    expect(document.activeElement).not.toBe(confirm);
    host.prompt(undefined);
    expect(document.activeElement).toBe(confirm);
  });

  it('opens the guard before the first verdict has come, saying nothing could be confirmed', () => {
    const host = new PanelHost('en', () => {});
    host.prompt({ blocked: false, onProceed: () => {}, onCancel: () => {} });
    const shadow = document.querySelector('jdc-preflight-panel')?.shadowRoot as ShadowRoot;
    const guard = shadow.querySelector('[data-testid="preflight-guard"]');
    expect(guard?.textContent).toContain(panelCatalog.en['guard.unknownIntro']);
    expect(shadow.querySelector('[data-testid="preflight-panel"]')).toBeNull();
    expect(shadow.activeElement?.getAttribute('data-action')).toBe('cancel');
  });

  it('removes everything it added, and cancels a guard still open so no submit stays held', () => {
    const { host } = shownPanel();
    const guard = { blocked: false, onProceed: vi.fn(), onCancel: vi.fn() };
    host.prompt(guard);
    host.remove();
    expect(document.querySelector('jdc-preflight-panel')).toBeNull();
    expect(guard.onCancel).toHaveBeenCalledTimes(1);
    expect(guard.onProceed).not.toHaveBeenCalled();
  });
});
