import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type GuardDialogOptions, guardDialogElement } from '../../components/in-page/guard-dialog';
import { type PanelOptions, panelElement } from '../../components/in-page/panel';
import { ReadinessSummary } from '../../components/ReadinessSummary';
import type { Language } from '../../lib/i18n';
import { panelCatalog } from '../../lib/i18n/panel';
import type { PanelView } from '../../lib/messages';
import type { VpnDraft } from '../../lib/model/draft';
import type { AccountState } from '../../lib/model/observation';
import { defaultSettings } from '../../lib/settings';
import { buildPanelView } from '../../lib/views';

const NOW = Date.UTC(2026, 10, 27, 8, 0, 0);
const MIN = 60_000;

const lowBalance: AccountState = {
  signedIn: { field: 'signedIn', value: true, source: 'page:other-console', observedAt: NOW - MIN },
  account: { field: 'account', value: 'jdc_demo_01', source: 'page:other-console', observedAt: NOW - MIN },
  realName: { field: 'realName', value: 'personal', source: 'page:real-name', observedAt: NOW - 2 * MIN },
  cash: { field: 'cash', value: 3250, source: 'page:capital-overview', observedAt: NOW - 3 * MIN },
  coupons: { field: 'coupons', value: 1000, source: 'page:coupons', observedAt: NOW - 3 * MIN },
};

const draft: VpnDraft = {
  presentation: 'dialog',
  region: 'cn-north-1',
  name: 'vpn-01',
  borderGateway: { selected: 'bgw-1', options: ['bgw-1'] },
  customerGateway: { selected: 'cgw-1', options: ['cgw-1'] },
  bgpEnabled: true,
};

const view = (state: AccountState, language: Language = 'en') =>
  buildPanelView(state, draft, defaultSettings(), language, NOW);

afterEach(() => {
  cleanup();
  document.body.replaceChildren();
});

/** A DOM-built part of the in-page panel, in the document as the panel host would put it. */
function mounted(element: HTMLElement) {
  const container = document.createElement('div');
  container.append(element);
  document.body.append(container);
  return { container };
}

/** The panel open beside the form, in the view's own language. */
function renderOpenPanel(panelView: PanelView, options: Partial<PanelOptions> = {}) {
  const actions = { collapsed: false, onToggle: () => {}, onRefresh: () => {}, ...options };
  return mounted(panelElement(panelView, panelCatalog[panelView.language], actions));
}

function renderGuard(options: Partial<GuardDialogOptions> & { blocked: boolean }) {
  const actions = { readiness: 'blocked' as const, onProceed: () => {}, onCancel: () => {}, ...options };
  return mounted(guardDialogElement(view(lowBalance), panelCatalog.en, actions));
}

describe('Panel', () => {
  it('carries the stable hooks: readiness on the panel, id and status on every row', () => {
    const { container } = renderOpenPanel(view(lowBalance));
    const panel = container.querySelector('[data-testid="preflight-panel"]');
    expect(panel?.getAttribute('data-readiness')).toBe('blocked');
    const rows = [...container.querySelectorAll('[data-check]')].map((row) => [
      row.getAttribute('data-check'),
      row.getAttribute('data-status'),
    ]);
    expect(rows).toEqual([
      ['signed-in', 'pass'],
      ['real-name', 'pass'],
      ['funds-threshold', 'fail'],
      ['funds-runway', 'warn'],
      ['border-gateway', 'pass'],
      ['customer-gateway', 'pass'],
      // No VPN connection list counted: unknown, and not required.
      ['connection-quota', 'unknown'],
      ['name-format', 'pass'],
      ['description-length', 'pass'],
    ]);
  });

  it('says the numbers it used, where they came from and how to fix it', () => {
    const { container } = renderOpenPanel(view(lowBalance));
    const funds = container.querySelector('[data-check="funds-threshold"]');
    expect(funds?.textContent).toContain('¥32.50');
    expect(funds?.textContent).toContain('¥10.00');
    expect(funds?.textContent).toContain('¥42.50');
    expect(funds?.textContent).toContain('¥50.00');
    expect(funds?.textContent).toContain('3 min ago');
    expect(funds?.querySelector('a')?.getAttribute('href')).toBe(
      'https://uc.jdcloud.com/cost/capital/recharge',
    );
  });

  it('shows the estimated cost per hour and per day', () => {
    const { container } = renderOpenPanel(view(lowBalance));
    expect(container.textContent).toContain('¥0.38/hour');
    expect(container.textContent).toContain('¥8.96/day');
  });

  it('speaks Chinese when the view is Chinese', () => {
    const { container } = renderOpenPanel(view(lowBalance, 'zh-CN'));
    expect(container.textContent).toContain('尚未就绪');
  });

  it('collapsed, is a tab that still shows the verdict, with the rows kept in the document', () => {
    const onToggle = vi.fn();
    const { container } = renderOpenPanel(view(lowBalance), { collapsed: true, onToggle });
    expect(container.querySelector('.panel__body')?.hasAttribute('hidden')).toBe(true);
    expect(container.querySelector('[data-check="funds-threshold"]')?.getAttribute('data-status')).toBe(
      'fail',
    );
    const expand = container.querySelector('[data-action="expand"]') as HTMLElement;
    expect(expand.textContent).toContain('Not ready');
    expect(expand.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(expand);
    expect(onToggle).toHaveBeenCalledTimes(1);
  });

  it('open, has no tab and offers to collapse', () => {
    const onToggle = vi.fn();
    const { container } = renderOpenPanel(view(lowBalance), { onToggle });
    expect(container.querySelector('.panel__body')?.hasAttribute('hidden')).toBe(false);
    expect(container.querySelector('[data-action="expand"]')).toBeNull();
    fireEvent.click(container.querySelector('[data-action="collapse"]') as Element);
    expect(onToggle).toHaveBeenCalledTimes(1);
  });

  it('renders page text as text, never as markup', () => {
    const hostile: AccountState = {
      ...lowBalance,
      account: {
        field: 'account',
        value: '<img src=x onerror=alert(1)>',
        source: 'page:other-console',
        observedAt: NOW,
      },
    };
    const { container } = renderOpenPanel(view(hostile));
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('Panel refresh', () => {
  it('offers "Refresh from OpenAPI" only when that source is on, and says what a refresh came to', () => {
    const onRefresh = vi.fn();
    const off = renderOpenPanel(view(lowBalance), { onRefresh });
    expect(off.container.querySelector('[data-action="refresh"]')).toBeNull();
    const on = { ...view(lowBalance), refreshable: true, notice: 'Wait 40 s before the next refresh.' };
    const { container } = renderOpenPanel(on, { onRefresh });
    fireEvent.click(container.querySelector('[data-action="refresh"]') as Element);
    expect(onRefresh).toHaveBeenCalledTimes(1);
    expect(container.querySelector('.panel__notice')?.textContent).toBe('Wait 40 s before the next refresh.');
    // Said by the host's one live region (panel-host.test.ts), not by a region of its own rebuilt each time.
    expect(container.querySelectorAll('[role="status"], [aria-live]')).toHaveLength(0);
  });
});

describe('guard dialog', () => {
  it('lists only the problems and offers both ways out in warn mode', () => {
    const onProceed = vi.fn();
    const onCancel = vi.fn();
    const { container } = renderGuard({ blocked: false, onProceed, onCancel });
    const dialog = container.querySelector('[data-testid="preflight-guard"]');
    expect(dialog?.getAttribute('role')).toBe('alertdialog');
    expect(
      [...container.querySelectorAll('[data-check]')].map((row) => row.getAttribute('data-check')),
    ).toEqual(['funds-threshold', 'funds-runway', 'connection-quota']);
    fireEvent.click(container.querySelector('[data-action="proceed"]') as Element);
    expect(onProceed).toHaveBeenCalledTimes(1);
    fireEvent.click(container.querySelector('[data-action="cancel"]') as Element);
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('has no way through when blocked', () => {
    const { container } = renderGuard({ blocked: true });
    expect(container.querySelector('[data-action="proceed"]')).toBeNull();
    expect(container.querySelector('[data-action="cancel"]')).not.toBeNull();
    expect(container.textContent).toContain(panelCatalog.en['guard.blockedNote']);
  });

  it('is a native dialog with the alertdialog hooks, "Back to the form" first to get focus', () => {
    const { container } = renderGuard({ blocked: false });
    const dialog = container.querySelector('[data-testid="preflight-guard"]');
    expect(dialog?.tagName).toBe('DIALOG');
    expect(dialog?.getAttribute('role')).toBe('alertdialog');
    const cancel = container.querySelector('[data-action="cancel"]');
    expect(cancel?.textContent).toBe('Back to the form');
    expect(cancel?.hasAttribute('autofocus')).toBe(true);
  });

  it('says as much as the verdict does: a failure, missing data, or warnings only', () => {
    const title = (readiness: GuardDialogOptions['readiness'], language: Language = 'en') => {
      const { container } = mounted(
        guardDialogElement(view(lowBalance, language), panelCatalog[language], {
          readiness,
          blocked: false,
          onProceed: () => {},
          onCancel: () => {},
        }),
      );
      const text = container.querySelector('.guard__title')?.textContent;
      container.remove();
      return text;
    };
    expect(title('blocked')).toBe('Creating this VPN will fail');
    expect(title('unknown')).toBe('Not sure this VPN can be created');
    expect(title(undefined)).toBe('Not sure this VPN can be created');
    expect(title('warning')).toBe('This VPN can be created, with warnings');
    expect(title('blocked', 'zh-CN')).toBe('创建此 VPN 将会失败');
    expect(title('unknown', 'zh-CN')).toBe('无法确认能否创建此 VPN');
  });

  it('keeps Tab inside: from the last control to the first, and Shift+Tab from the first to the last', () => {
    const { container } = renderGuard({ blocked: false });
    const dialog = container.querySelector('dialog') as HTMLDialogElement;
    const controls = [...dialog.querySelectorAll<HTMLElement>('a[href], button')];
    const first = controls[0] as HTMLElement;
    const last = controls.at(-1) as HTMLElement;
    expect(last.getAttribute('data-action')).toBe('proceed');
    last.focus();
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    last.dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(first);
    const back = new KeyboardEvent('keydown', {
      key: 'Tab',
      shiftKey: true,
      bubbles: true,
      cancelable: true,
    });
    first.dispatchEvent(back);
    expect(document.activeElement).toBe(last);
    // In between, Tab moves as the browser moves it.
    first.focus();
    const middle = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    first.dispatchEvent(middle);
    expect(middle.defaultPrevented).toBe(false);
  });

  it('answers a cancel the browser raises (its own Escape) as "Back to the form", and keeps the dialog for its host', () => {
    const onCancel = vi.fn();
    const { container } = renderGuard({ blocked: false, onCancel });
    const cancel = new Event('cancel', { cancelable: true });
    container.querySelector('dialog')?.dispatchEvent(cancel);
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(cancel.defaultPrevented).toBe(true);
  });
});

describe('ReadinessSummary', () => {
  it('carries the popup hook and says when the account is only the last known one', () => {
    const accountView = buildPanelView(lowBalance, undefined, defaultSettings(), 'en', NOW);
    const { container } = render(
      <ReadinessSummary
        summary={{ view: accountView, forForm: false, lastKnown: true, newestObservationAt: NOW - MIN }}
      />,
    );
    const root = container.querySelector('[data-testid="readiness-summary"]');
    expect(root?.getAttribute('data-readiness')).toBe('blocked');
    expect(container.textContent).toContain('Last-known account');
    expect(container.textContent).toContain('Newest data: 1 min ago');
    expect(
      [...container.querySelectorAll('[data-check]')].map((row) => row.getAttribute('data-check')),
    ).toEqual(['signed-in', 'real-name', 'funds-threshold', 'funds-runway']);
  });

  it('shows the new rows when the summary changes', () => {
    const before = buildPanelView(lowBalance, undefined, defaultSettings(), 'en', NOW);
    const summary = (panelView: PanelView) => ({
      view: panelView,
      forForm: false,
      lastKnown: false,
      newestObservationAt: NOW,
    });
    const { container, rerender } = render(<ReadinessSummary summary={summary(before)} />);
    const status = () =>
      container.querySelector('[data-check="funds-threshold"]')?.getAttribute('data-status');
    expect(status()).toBe('fail');
    const enough: AccountState = {
      ...lowBalance,
      cash: { field: 'cash', value: 900_000, source: 'page:capital-overview', observedAt: NOW },
    };
    rerender(
      <ReadinessSummary summary={summary(buildPanelView(enough, undefined, defaultSettings(), 'en', NOW))} />,
    );
    expect(status()).toBe('pass');
    expect(container.querySelectorAll('ul.checklist')).toHaveLength(1);
  });

  it('on a fresh profile says only that nothing is known yet, and how to begin', () => {
    const nothing = buildPanelView({}, undefined, defaultSettings(), 'en', NOW);
    for (const lastKnown of [true, false]) {
      const { container } = render(
        <ReadinessSummary summary={{ view: nothing, forForm: false, lastKnown }} onTeach={() => {}} />,
      );
      const text = container.textContent ?? '';
      expect(
        container.querySelector('[data-testid="readiness-summary"]')?.getAttribute('data-readiness'),
      ).toBe('unknown');
      // Nothing that implies a value was read: no last-known account, nothing stale, no wrong value.
      expect(text).not.toContain('Last-known account');
      expect(text).not.toContain('Refresh stale values');
      expect(text).not.toContain('A value is wrong?');
      expect(text).not.toContain('Newest data');
      expect(text).toContain(
        lastKnown
          ? 'No JD Cloud account seen yet. Open the JD Cloud console and sign in.'
          : 'Nothing read yet. Each check above says which console page to open.',
      );
      cleanup();
    }
  });

  it('offers to refresh stale values only when a value is stale, naming the page that refreshes it', () => {
    const fresh = buildPanelView(lowBalance, undefined, defaultSettings(), 'en', NOW);
    const summary = (panelView: PanelView) => ({
      view: panelView,
      forForm: false,
      lastKnown: false,
      newestObservationAt: NOW,
    });
    const { container, rerender } = render(<ReadinessSummary summary={summary(fresh)} />);
    expect(container.querySelector('[data-testid="refresh-stale"]')).toBeNull();
    expect(container.textContent).not.toContain('Refresh stale values');
    // The real-name status was read two days ago: only its page is offered.
    const oldRealName: AccountState = {
      ...lowBalance,
      realName: {
        field: 'realName',
        value: 'personal',
        source: 'page:real-name',
        observedAt: NOW - 48 * 60 * MIN,
      },
    };
    rerender(
      <ReadinessSummary
        summary={summary(buildPanelView(oldRealName, undefined, defaultSettings(), 'en', NOW))}
      />,
    );
    const links = [...container.querySelectorAll('[data-testid="refresh-stale"] a')];
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Open real-name verification', 'https://realname.jdcloud.com/account/verify'],
    ]);
  });
});
