import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  accountOverviews,
  parseAccountThreshold,
  productLinesToAsk,
  withEdits,
} from '@/components/options/account-overview';
import { OptionsPage, type OptionsPageProps } from '@/components/options/OptionsPage';
import { translate } from '@/lib/i18n';
import { apiCatalog } from '@/lib/i18n/api';
import { checkCatalog } from '@/lib/i18n/checks';
import { openapiCatalog } from '@/lib/i18n/openapi';
import { optionsCatalog } from '@/lib/i18n/options';
import { optionsAccountsCatalog } from '@/lib/i18n/options-accounts';
import { uiCatalog } from '@/lib/i18n/ui';
import type { FieldName, FieldValue, Observation } from '@/lib/model/observation';
import { REAL_NAME_STATUSES } from '@/lib/model/observation';
import type { Settings } from '@/lib/model/settings';
import { defaultSettings, exportSettings } from '@/lib/settings';

afterEach(cleanup);

const NOW = Date.UTC(2026, 10, 27, 8);
const HOUR = 3_600_000;

function observed<F extends FieldName>(field: F, value: FieldValue<F>, ageMs: number): Observation {
  const source = field === 'couponList' ? 'page:coupons' : 'page:capital-overview';
  return { field, value, source, found: 'label', observedAt: NOW - ageMs } as Observation;
}

/** What storage.local `accounts` holds after some console pages were read. */
function seenAccounts() {
  return {
    currentAccount: 'jdc-ops',
    accounts: {
      'jdc-ops': {
        realName: observed('realName', 'personal', 2 * HOUR),
        cash: observed('cash', 12_000, 3 * HOUR),
        couponList: observed(
          'couponList',
          [
            { amountFen: 5000, scope: '基础云', covers: 'unmapped', billingTypes: ['configuration'] },
            { amountFen: 1000, scope: 'VPN', covers: 'vpn' },
            { amountFen: 1000, scope: '全部产品', covers: 'all' },
          ],
          HOUR,
        ),
      },
      'jdc-dev': {
        accountBalance: observed('accountBalance', 800, 26 * HOUR),
        arrears: observed('arrears', 300, 26 * HOUR),
        couponList: observed(
          'couponList',
          [{ amountFen: 100, scope: '基础云', covers: 'unmapped' }],
          5 * HOUR,
        ),
      },
      // Reads that named no account: not an account, but its coupons still name product lines.
      '': {
        signedIn: observed('signedIn', false, 0),
        couponList: observed('couponList', [{ amountFen: 100, scope: '网络', covers: 'unmapped' }], HOUR),
      },
    },
    aliases: { pin_123: 'jdc-ops', '138****1234': '' },
  };
}

interface RenderOptions extends Partial<OptionsPageProps> {
  /** What storage holds when a save starts; by default the settings the page was opened with. */
  stored?: Settings;
  write?: (settings: Settings) => Promise<void>;
  /** What the accounts loader resolves to (or rejects with, for an Error). */
  accounts?: unknown;
}

/** The page over an in-memory settings store that `update` reads and writes as platform/storage.ts does. */
function renderOptions(options: RenderOptions = {}) {
  const { stored, write, accounts: given, ...overrides } = options;
  // An explicit `accounts: undefined` is nothing stored.
  const accounts = 'accounts' in options ? given : seenAccounts();
  const settings = overrides.settings ?? defaultSettings();
  const store = { current: structuredClone(stored ?? settings) };
  const save = vi.fn<(settings: Settings) => Promise<void>>(write ?? (async () => {}));
  const update = vi.fn(async (change: (stored: Settings) => Settings) => {
    const next = change(structuredClone(store.current));
    await save(next);
    store.current = next;
    return next;
  });
  const download = vi.fn<(fileName: string, text: string) => void>();
  const loadAccounts = vi.fn(async () => {
    if (accounts instanceof Error) throw accounts;
    return accounts;
  });
  const view = render(
    <OptionsPage
      settings={settings}
      problems={[]}
      guardLog={[]}
      uiLanguage="en-US"
      update={update}
      clearGuardLog={async () => {}}
      download={download}
      loadAccounts={loadAccounts}
      now={() => NOW}
      {...overrides}
    />,
  );
  return { ...view, save, store, download, loadAccounts };
}

async function accountsSection() {
  const section = screen.getByTestId('accounts-section');
  await waitFor(() => expect(within(section).queryByTestId('accounts-loading')).toBeNull());
  return section;
}

async function linesSection() {
  const section = screen.getByTestId('coupon-lines-section');
  await waitFor(() => expect(within(section).queryByTestId('coupon-lines-loading')).toBeNull());
  return section;
}

function rowOf(section: HTMLElement, account: string): HTMLElement {
  const row = [...section.querySelectorAll<HTMLElement>('[data-testid="account-row"]')].find(
    (element) => element.dataset.account === account,
  );
  if (!row) throw new Error(`no row for ${account}`);
  return row;
}

function thresholdInput(section: HTMLElement, account: string): HTMLInputElement {
  const input = rowOf(section, account).querySelector<HTMLInputElement>('input');
  if (!input) throw new Error(`no threshold input for ${account}`);
  return input;
}

function lineOf(section: HTMLElement, line: string): HTMLElement {
  const group = [...section.querySelectorAll<HTMLElement>('[data-testid="coupon-line"]')].find(
    (element) => element.dataset.line === line,
  );
  if (!group) throw new Error(`no product line ${line}`);
  return group;
}

function radio(section: HTMLElement, line: string, choice: 'covers' | 'excludes' | 'unsure') {
  const input = lineOf(section, line).querySelector<HTMLInputElement>(`input[value="${choice}"]`);
  if (!input) throw new Error(`no ${choice} choice for ${line}`);
  return input;
}

function button(container: ParentNode, action: string): HTMLButtonElement {
  const element = container.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
  if (!element) throw new Error(`no button ${action}`);
  return element;
}

function errorText(input: HTMLInputElement): string | undefined {
  const id = input
    .getAttribute('aria-describedby')
    ?.split(' ')
    .find((part) => part.endsWith('-error'));
  return id ? (document.getElementById(id)?.textContent ?? undefined) : undefined;
}

describe('Accounts section', () => {
  it('lists the named accounts newest first, with what is known of each, and not the unnamed reads', async () => {
    renderOptions();
    const section = await accountsSection();
    const rows = [...section.querySelectorAll<HTMLElement>('[data-testid="account-row"]')];
    expect(rows.map((row) => row.dataset.account)).toEqual(['jdc-ops', 'jdc-dev']);

    const ops = rowOf(section, 'jdc-ops');
    expect(ops.querySelector('legend')?.textContent).toBe('jdc-ops Current account');
    expect(ops.textContent).toContain('Also shown as: pin_123');
    expect(ops.textContent).not.toContain('138****1234');
    expect(within(ops).getByTestId('account-seen').textContent).toBe('Last seen 1 h ago');
    expect(within(ops).getByTestId('account-facts').textContent).toBe(
      'Real-name: personal, verified · Available cash ¥120.00, 3 h ago',
    );

    const dev = rowOf(section, 'jdc-dev');
    expect(dev.querySelector('legend')?.textContent).toBe('jdc-dev');
    expect(within(dev).getByTestId('account-seen').textContent).toBe('Last seen 5 h ago');
    expect(within(dev).getByTestId('account-facts').textContent).toBe(
      'Real-name: not read yet · Account balance ¥8.00 (may include frozen funds), 26 h ago · Arrears ¥3.00, 26 h ago',
    );
  });

  it('labels each threshold input, shows the general threshold as its placeholder, and groups it under the account', async () => {
    renderOptions({ settings: { ...defaultSettings(), thresholdFen: 6000 } });
    const section = await accountsSection();
    const input = thresholdInput(section, 'jdc-ops');
    expect(input.value).toBe('');
    expect(input.placeholder).toBe('60.00');
    expect(section.querySelector(`label[for="${input.id}"]`)?.textContent).toBe(
      'Consumption threshold for this account (CNY)',
    );
    expect(input.closest('fieldset')?.querySelector('legend')?.textContent).toContain('jdc-ops');
    const hintId = input.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(hintId)?.textContent).toBe(
      'Leave blank to use the general threshold, ¥60.00.',
    );
    // Ids are unique across the rows.
    const ids = [...section.querySelectorAll('input')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('saves a threshold into thresholdByAccount alone, in the settings as stored at save time', async () => {
    const changedElsewhere: Settings = {
      ...defaultSettings(),
      runwayWarnDays: 30,
      thresholdByAccount: { 'jdc-dev': 2000 },
      couponProductLines: { 网络: false },
    };
    const { save } = renderOptions({ stored: changedElsewhere });
    const section = await accountsSection();
    fireEvent.input(thresholdInput(section, 'jdc-ops'), { target: { value: '80.5' } });
    fireEvent.click(button(section, 'accounts-save'));

    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0]?.[0]).toEqual({
      ...changedElsewhere,
      thresholdByAccount: { 'jdc-dev': 2000, 'jdc-ops': 8050 },
    });
    const status = within(section).getByTestId('accounts-status');
    await waitFor(() => expect(status.textContent).toBe('Account thresholds saved.'));
    expect(status.getAttribute('role')).toBe('status');
    expect(thresholdInput(section, 'jdc-ops').value).toBe('80.50');
  });

  it('clears an entry: blank means the general threshold', async () => {
    const settings: Settings = {
      ...defaultSettings(),
      thresholdByAccount: { 'jdc-ops': 8000, 'jdc-dev': 100 },
    };
    const { save } = renderOptions({ settings });
    const section = await accountsSection();
    expect(thresholdInput(section, 'jdc-ops').value).toBe('80.00');
    expect(thresholdInput(section, 'jdc-dev').value).toBe('1.00');
    fireEvent.input(thresholdInput(section, 'jdc-ops'), { target: { value: '  ' } });
    fireEvent.keyDown(thresholdInput(section, 'jdc-ops'), { key: 'Enter' });
    fireEvent.submit(thresholdInput(section, 'jdc-ops').form as HTMLFormElement);

    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0]?.[0]).toEqual({ ...settings, thresholdByAccount: { 'jdc-dev': 100 } });
    await waitFor(() => expect(thresholdInput(section, 'jdc-ops').value).toBe(''));
    // The row stays, so the person can set it again.
    expect(rowOf(section, 'jdc-ops')).toBeTruthy();
  });

  it.each([
    ['12.345', 'Use at most 2 decimal places.'],
    ['-1', 'Must not be negative.'],
    ['abc', 'Enter a number, such as 12 or 0.5.'],
    ['1000000.01', 'Must be at most ¥1,000,000.00.'],
    ['99999999999999999999', 'This number is too large.'],
  ])('refuses %j with the general threshold field’s own message', async (text, message) => {
    const { container, save } = renderOptions();
    const section = await accountsSection();
    const input = thresholdInput(section, 'jdc-ops');
    fireEvent.input(input, { target: { value: text } });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(errorText(input)).toBe(message);
    expect(button(section, 'accounts-save').disabled).toBe(true);
    fireEvent.submit(input.form as HTMLFormElement);
    expect(save).not.toHaveBeenCalled();

    // The same text in the general field says the same.
    const general = container.querySelector<HTMLInputElement>('[name="thresholdCny"]') as HTMLInputElement;
    fireEvent.input(general, { target: { value: text } });
    expect(errorText(general)).toBe(message);

    fireEvent.input(input, { target: { value: '70' } });
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(button(section, 'accounts-save').disabled).toBe(false);
  });

  it('says so when saving fails, and keeps what was typed', async () => {
    const write = vi.fn(async () => {
      throw new Error('quota exceeded');
    });
    renderOptions({ write });
    const section = await accountsSection();
    fireEvent.input(thresholdInput(section, 'jdc-dev'), { target: { value: '20' } });
    fireEvent.click(button(section, 'accounts-save'));
    await waitFor(() =>
      expect(within(section).getByTestId('accounts-status').textContent).toBe(
        'Could not save: quota exceeded',
      ),
    );
    expect(thresholdInput(section, 'jdc-dev').value).toBe('20');
  });

  it('lists an account only the settings name, so its threshold can be changed', async () => {
    const settings: Settings = { ...defaultSettings(), thresholdByAccount: { 'jdc-elsewhere': 9900 } };
    renderOptions({ settings });
    const section = await accountsSection();
    const row = rowOf(section, 'jdc-elsewhere');
    expect(within(row).getByTestId('account-seen').textContent).toBe(
      'Not seen in this browser: only its threshold is stored.',
    );
    expect(thresholdInput(section, 'jdc-elsewhere').value).toBe('99.00');
    // After the accounts this browser has seen.
    expect(section.querySelectorAll('[data-testid="account-row"]')[2]).toBe(row);
  });

  it.each([
    ['nothing stored', undefined],
    ['no accounts', { accounts: {} }],
    ['only unnamed reads', { accounts: { '': { signedIn: observed('signedIn', true, 0) } } }],
    ['null', null],
    ['a number', 42],
    ['a string', 'accounts'],
    ['an array', [seenAccounts()]],
    ['accounts that are not a record', { accounts: ['jdc-ops'] }],
  ])('shows the empty state for %s', async (_label, accounts) => {
    renderOptions({ accounts });
    const section = await accountsSection();
    expect(within(section).getByTestId('accounts-empty').textContent).toBe(
      'No JD Cloud account seen yet: open a console page while signed in.',
    );
    expect(section.querySelector('[data-testid="account-row"]')).toBeNull();
  });

  it('says when the accounts cannot be read, and still lists the thresholds stored', async () => {
    const settings: Settings = { ...defaultSettings(), thresholdByAccount: { 'jdc-ops': 100 } };
    renderOptions({ settings, accounts: new Error('storage is gone') });
    const section = await accountsSection();
    expect(within(section).getByTestId('accounts-load-error').textContent).toBe(
      'What this browser has seen could not be read: storage is gone',
    );
    expect(thresholdInput(section, 'jdc-ops').value).toBe('1.00');
    expect(within(await linesSection()).getByTestId('coupon-lines-load-error')).toBeTruthy();
  });

  it('shows a garbage account state as nothing known, and names as text, without touching any prototype', async () => {
    const hostile = '<img src=x onerror="globalThis.pwned = 1">';
    const throwing = {};
    Object.defineProperty(throwing, 'cash', {
      enumerable: true,
      get() {
        throw new Error('corrupt');
      },
    });
    const accounts = JSON.parse(
      JSON.stringify({
        accounts: {
          constructor: 'not a state',
          toString: { cash: { field: 'realName', value: 'personal', source: 'manual', observedAt: 1 } },
          hasOwnProperty: [1, 2, 3],
          broken: { cash: { field: 'cash', value: '¥5', source: 'manual', observedAt: NOW - HOUR } },
          future: { cash: { field: 'cash', value: 100, source: 'manual', observedAt: NOW + HOUR } },
          [hostile]: {
            realName: { field: 'realName', value: 'rejected', source: 'manual', observedAt: NOW },
          },
        },
        aliases: 'not a record',
        currentAccount: 5,
      }),
    );
    // JSON keeps `__proto__` as an own key, as a corrupt store could hold it.
    accounts.accounts = { ...accounts.accounts, ...JSON.parse('{"__proto__": {"cash": 7}}') };
    accounts.accounts.throwing = throwing;

    const { container, save } = renderOptions({ accounts });
    const section = await accountsSection();
    const names = [...section.querySelectorAll<HTMLElement>('[data-testid="account-row"]')].map(
      (row) => row.dataset.account,
    );
    expect(names).toEqual([
      hostile,
      '__proto__',
      'broken',
      'constructor',
      'future',
      'hasOwnProperty',
      'throwing',
      'toString',
    ]);
    for (const name of names.slice(1)) {
      expect(within(rowOf(section, name ?? '')).getByTestId('account-seen').textContent).toBe(
        'Nothing known about this account.',
      );
    }
    expect(rowOf(section, hostile).querySelector('legend')?.textContent).toBe(hostile);
    expect(within(rowOf(section, hostile)).getByTestId('account-facts').textContent).toContain('rejected');
    expect(container.querySelector('img')).toBeNull();
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();

    // `__proto__` cannot be a key of the stored settings: no input, and the reason.
    expect(rowOf(section, '__proto__').querySelector('input')).toBeNull();
    expect(rowOf(section, '__proto__').textContent).toContain(
      'This name cannot be given a threshold of its own',
    );

    // Other names a plain object has are ordinary account names.
    fireEvent.input(thresholdInput(section, 'constructor'), { target: { value: '1' } });
    fireEvent.input(thresholdInput(section, 'toString'), { target: { value: '2' } });
    fireEvent.click(button(section, 'accounts-save'));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const written = save.mock.calls[0]?.[0].thresholdByAccount ?? {};
    expect(Object.entries(written)).toEqual([
      ['constructor', 100],
      ['toString', 200],
    ]);
    expect(Object.getPrototypeOf(written)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).cash).toBeUndefined();
  });
});

describe('Your data: what is known, forget, clear', () => {
  /** A background over the stored accounts: forgetting takes the account out of what loadAccounts returns. */
  function personalDataOver(stored: ReturnType<typeof seenAccounts>) {
    const current = { stored: structuredClone(stored) as ReturnType<typeof seenAccounts> | undefined };
    const io = {
      forgetAccount: vi.fn(async (name: string) => {
        if (!current.stored) return { ok: true as const, forgotten: false };
        const accounts: Record<string, unknown> = { ...current.stored.accounts };
        const forgotten = name in accounts;
        delete accounts[name];
        current.stored = { ...current.stored, accounts } as ReturnType<typeof seenAccounts>;
        return { ok: true as const, forgotten };
      }),
      clearData: vi.fn(async (choice: { keepSettings: boolean; keepSecret: boolean }) => {
        current.stored = undefined;
        return {
          ok: true as const,
          settings: choice.keepSettings ? { ...defaultSettings(), thresholdFen: 7000 } : defaultSettings(),
        };
      }),
      loadGuardLog: vi.fn(async () => []),
    };
    return { io, current, loadAccounts: async () => current.stored };
  }

  it('lists every field known of an account, with its age', async () => {
    renderOptions();
    const section = await accountsSection();
    expect(within(rowOf(section, 'jdc-ops')).getByTestId('account-known').textContent).toBe(
      'Known: real-name status (2 h ago), available cash (3 h ago), coupon list (1 h ago)',
    );
    expect(within(rowOf(section, 'jdc-dev')).getByTestId('account-known').textContent).toBe(
      'Known: account balance (26 h ago), arrears (26 h ago), coupon list (5 h ago)',
    );
  });

  it('forgets an account only once confirmed, then lists what is left', async () => {
    const { io, loadAccounts } = personalDataOver(seenAccounts());
    renderOptions({ personalData: io, loadAccounts });
    const section = await accountsSection();
    const row = rowOf(section, 'jdc-dev');
    fireEvent.click(within(row).getByRole('button', { name: 'Forget jdc-dev' }));
    const confirm = within(row).getByTestId('forget-confirm');
    expect(confirm.textContent).toContain('Forget jdc-dev? What was read about it');
    await waitFor(() => expect(document.activeElement?.getAttribute('data-action')).toBe('cancel-forget'));

    fireEvent.click(within(confirm).getByText('Keep it'));
    expect(io.forgetAccount).not.toHaveBeenCalled();
    expect(within(row).queryByTestId('forget-confirm')).toBeNull();

    fireEvent.click(within(row).getByRole('button', { name: 'Forget jdc-dev' }));
    fireEvent.click(within(row).getByText('Forget it'));
    await waitFor(() =>
      expect(screen.getByTestId('forget-status').textContent).toBe('jdc-dev was forgotten.'),
    );
    expect(io.forgetAccount).toHaveBeenCalledWith('jdc-dev');
    expect(io.loadGuardLog).toHaveBeenCalled();
    const names = [...section.querySelectorAll<HTMLElement>('[data-testid="account-row"]')].map(
      (element) => element.dataset.account,
    );
    expect(names).toEqual(['jdc-ops']);
  });

  it('says so when forgetting fails, and keeps the rows', async () => {
    const { io, loadAccounts } = personalDataOver(seenAccounts());
    io.forgetAccount.mockResolvedValueOnce({ error: 'unknown sender' } as never);
    renderOptions({ personalData: io, loadAccounts });
    const section = await accountsSection();
    const row = rowOf(section, 'jdc-ops');
    fireEvent.click(within(row).getByRole('button', { name: 'Forget jdc-ops' }));
    fireEvent.click(within(row).getByText('Forget it'));
    await waitFor(() =>
      expect(screen.getByTestId('forget-status').textContent).toBe('Could not do it: unknown sender'),
    );
    expect(rowOf(section, 'jdc-ops')).toBeTruthy();
  });

  it('offers no forget for an account only a threshold names, nor without the background', async () => {
    const { io, loadAccounts } = personalDataOver(seenAccounts());
    renderOptions({
      personalData: io,
      loadAccounts,
      settings: { ...defaultSettings(), thresholdByAccount: { 'jdc-old': 8000 } },
    });
    const section = await accountsSection();
    expect(within(rowOf(section, 'jdc-old')).queryByRole('button', { name: /Forget/ })).toBeNull();
    cleanup();
    renderOptions();
    expect(within(await accountsSection()).queryAllByRole('button', { name: /Forget/ })).toEqual([]);
  });

  it('clears all data after the confirmation, keeping the settings unless told otherwise', async () => {
    const { io, loadAccounts } = personalDataOver(seenAccounts());
    const { container } = renderOptions({
      personalData: io,
      loadAccounts,
      settings: { ...defaultSettings(), thresholdFen: 7000 },
    });
    await accountsSection();
    const data = screen.getByTestId('data-section');
    fireEvent.click(within(data).getByText('Clear all data…'));
    const confirm = within(data).getByTestId('clear-data-confirm');
    expect((within(confirm).getByLabelText(/Keep my settings/) as HTMLInputElement).checked).toBe(true);
    expect(
      (within(confirm).getByLabelText(/Keep the stored OpenAPI AccessKey secret/) as HTMLInputElement)
        .checked,
    ).toBe(true);
    fireEvent.click(within(confirm).getByLabelText(/Keep the stored OpenAPI AccessKey secret/));
    fireEvent.click(within(confirm).getByText('Delete'));
    await waitFor(() => expect(screen.getByTestId('data-status').textContent).toBe('All data was deleted.'));
    expect(io.clearData).toHaveBeenCalledWith({ keepSettings: true, keepSecret: false });
    await waitFor(() => expect(screen.getByTestId('accounts-empty')).toBeTruthy());
    expect((container.querySelector('[name="thresholdCny"]') as HTMLInputElement).value).toBe('70.00');
  });

  it('shows the defaults when the settings were not kept', async () => {
    const { io, loadAccounts } = personalDataOver(seenAccounts());
    const { container } = renderOptions({
      personalData: io,
      loadAccounts,
      settings: { ...defaultSettings(), thresholdFen: 7000 },
    });
    await accountsSection();
    const data = screen.getByTestId('data-section');
    fireEvent.click(within(data).getByText('Clear all data…'));
    fireEvent.click(within(data).getByLabelText(/Keep my settings/));
    fireEvent.click(within(data).getByText('Delete'));
    await waitFor(() =>
      expect(screen.getByTestId('data-status').textContent).toBe(
        'All data was deleted, and the settings are back to their defaults.',
      ),
    );
    expect(io.clearData).toHaveBeenCalledWith({ keepSettings: false, keepSecret: true });
    await waitFor(() =>
      expect((container.querySelector('[name="thresholdCny"]') as HTMLInputElement).value).toBe('50.00'),
    );
  });

  it('cancelling the clear deletes nothing', async () => {
    const { io, loadAccounts } = personalDataOver(seenAccounts());
    renderOptions({ personalData: io, loadAccounts });
    const section = await accountsSection();
    const data = screen.getByTestId('data-section');
    fireEvent.click(within(data).getByText('Clear all data…'));
    fireEvent.keyDown(within(data).getByText('Delete'), { key: 'Escape' });
    expect(within(data).queryByTestId('clear-data-confirm')).toBeNull();
    expect(io.clearData).not.toHaveBeenCalled();
    expect(section.querySelectorAll('[data-testid="account-row"]')).toHaveLength(2);
  });
});

describe('Coupon product lines section', () => {
  it('asks about every unmapped product line seen and every one answered, as labelled radio groups', async () => {
    const settings: Settings = { ...defaultSettings(), couponProductLines: { 云主机: false } };
    const { container } = renderOptions({ settings });
    const section = await linesSection();
    expect(section.id).toBe('coupon-product-lines');
    expect(section.textContent).toContain('JD does not publish which lines cover VPN');
    const lines = [...section.querySelectorAll<HTMLElement>('[data-testid="coupon-line"]')].map(
      (group) => group.dataset.line,
    );
    expect(lines.sort()).toEqual(['云主机', '基础云', '网络'].sort());

    const group = lineOf(section, '基础云');
    expect(group.tagName).toBe('FIELDSET');
    expect(group.querySelector('legend')?.textContent).toBe('Do coupons for “基础云” cover VPN?');
    for (const input of group.querySelectorAll('input')) {
      expect(input.getAttribute('type')).toBe('radio');
      expect(container.querySelector(`label[for="${input.id}"]`)?.textContent).toBeTruthy();
    }
    expect(radio(section, '基础云', 'unsure').checked).toBe(true);
    expect(radio(section, '云主机', 'excludes').checked).toBe(true);
    // An answered line no coupon names now says its answer is kept.
    expect(lineOf(section, '云主机').textContent).toContain('No coupon seen now names this line');
    expect(lineOf(section, '基础云').textContent).not.toContain('No coupon seen now names this line');
  });

  it('saves the answers into couponProductLines alone, in the settings as stored at save time', async () => {
    const changedElsewhere: Settings = {
      ...defaultSettings(),
      guardMode: 'block',
      thresholdByAccount: { 'jdc-ops': 100 },
      couponProductLines: { 云主机: true },
    };
    const { save, container, download } = renderOptions({ stored: changedElsewhere });
    const section = await linesSection();
    fireEvent.click(radio(section, '基础云', 'covers'));
    fireEvent.click(radio(section, '网络', 'excludes'));
    fireEvent.click(button(section, 'coupon-lines-save'));

    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0]?.[0]).toEqual({
      ...changedElsewhere,
      couponProductLines: { 云主机: true, 基础云: true, 网络: false },
    });
    const status = within(section).getByTestId('coupon-lines-status');
    await waitFor(() => expect(status.textContent).toBe('Answers saved.'));
    expect(status.getAttribute('role')).toBe('status');
    expect(radio(section, '基础云', 'covers').checked).toBe(true);

    // The export carries the answers saved.
    fireEvent.click(button(container, 'export'));
    expect(JSON.parse(download.mock.calls[0]?.[1] ?? '{}').settings.couponProductLines).toEqual({
      云主机: true,
      基础云: true,
      网络: false,
    });
  });

  it('clears an answer: not sure is no entry', async () => {
    const settings: Settings = { ...defaultSettings(), couponProductLines: { 基础云: true, 网络: false } };
    const { save } = renderOptions({ settings });
    const section = await linesSection();
    expect(radio(section, '基础云', 'covers').checked).toBe(true);
    fireEvent.click(radio(section, '基础云', 'unsure'));
    fireEvent.click(button(section, 'coupon-lines-save'));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save.mock.calls[0]?.[0]).toEqual({ ...settings, couponProductLines: { 网络: false } });
    await waitFor(() => expect(radio(section, '基础云', 'unsure').checked).toBe(true));
  });

  it('says so when saving fails, and keeps the choice', async () => {
    const write = vi.fn(async () => {
      throw new Error('quota exceeded');
    });
    renderOptions({ write });
    const section = await linesSection();
    fireEvent.click(radio(section, '网络', 'covers'));
    fireEvent.click(button(section, 'coupon-lines-save'));
    await waitFor(() =>
      expect(within(section).getByTestId('coupon-lines-status').textContent).toBe(
        'Could not save: quota exceeded',
      ),
    );
    expect(radio(section, '网络', 'covers').checked).toBe(true);
  });

  it('shows the empty state when no unmapped coupon was seen and nothing is answered', async () => {
    const accounts = {
      accounts: {
        'jdc-ops': { couponList: observed('couponList', [{ amountFen: 1, scope: 'VPN', covers: 'vpn' }], 0) },
      },
    };
    renderOptions({ accounts });
    const section = await linesSection();
    expect(within(section).getByTestId('coupon-lines-empty').textContent).toContain(
      'No coupon with a product line the extension cannot place has been seen yet.',
    );
    expect(section.querySelector('form')).toBeNull();
  });

  it('survives garbage coupons, and skips scopes the settings could not keep', async () => {
    const coupon = (scope: string) => ({ amountFen: 1, scope, covers: 'unmapped' as const });
    const accounts = JSON.parse(
      JSON.stringify({
        accounts: {
          a: { couponList: observed('couponList', [coupon(''), coupon('   '), coupon('存储')], 0) },
          b: {
            couponList: { field: 'couponList', value: 'not a list', source: 'page:coupons', observedAt: 1 },
          },
          c: { couponList: observed('couponList', [{ scope: '数据库', covers: 'unmapped' }] as never, 0) },
          d: 'garbage',
          e: { couponList: observed('couponList', [coupon('__proto__')], 0) },
        },
      }),
    );
    renderOptions({ accounts });
    const section = await linesSection();
    const lines = [...section.querySelectorAll<HTMLElement>('[data-testid="coupon-line"]')].map(
      (group) => group.dataset.line,
    );
    expect(lines).toEqual(['存储']);
  });

  it('comes into view when the address points at it', async () => {
    const scrolled = vi.fn();
    const original = HTMLElement.prototype.scrollIntoView;
    HTMLElement.prototype.scrollIntoView = function (this: HTMLElement) {
      scrolled(this.id);
    };
    window.location.hash = '#coupon-product-lines';
    try {
      renderOptions();
      await linesSection();
      await waitFor(() => expect(scrolled).toHaveBeenCalledWith('coupon-product-lines'));
    } finally {
      HTMLElement.prototype.scrollIntoView = original;
      window.location.hash = '';
    }
  });
});

describe('The sections and the rest of the page', () => {
  it('are not shown without the accounts loader', () => {
    renderOptions({ loadAccounts: undefined });
    expect(screen.queryByTestId('accounts-section')).toBeNull();
    expect(screen.queryByTestId('coupon-lines-section')).toBeNull();
  });

  it('sit outside the general form, and its save keeps what they saved', async () => {
    const { container, save } = renderOptions();
    const accounts = await accountsSection();
    const lines = await linesSection();
    const general = container.querySelector<HTMLFormElement>('.options__form');
    expect(general?.contains(accounts)).toBe(false);
    expect(general?.contains(lines)).toBe(false);

    fireEvent.input(thresholdInput(accounts, 'jdc-ops'), { target: { value: '75' } });
    fireEvent.click(button(accounts, 'accounts-save'));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    fireEvent.click(radio(lines, '基础云', 'excludes'));
    fireEvent.click(button(lines, 'coupon-lines-save'));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));

    fireEvent.input(container.querySelector('[name="runwayWarnDays"]') as HTMLInputElement, {
      target: { value: '9' },
    });
    fireEvent.click(button(container, 'save'));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(3));
    expect(save.mock.calls[2]?.[0]).toEqual({
      ...defaultSettings(),
      runwayWarnDays: 9,
      thresholdByAccount: { 'jdc-ops': 7500 },
      couponProductLines: { 基础云: false },
    });

    // Reset restores the general form's defaults; the sections' answers stay.
    fireEvent.click(button(container, 'reset'));
    fireEvent.click(button(container, 'confirm-reset'));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(4));
    expect(save.mock.calls[3]?.[0]).toEqual({
      ...defaultSettings(),
      thresholdByAccount: { 'jdc-ops': 7500 },
      couponProductLines: { 基础云: false },
    });
  });

  it('start over from an imported file’s values', async () => {
    const { container } = renderOptions();
    await accountsSection();
    const file: Settings = {
      ...defaultSettings(),
      thresholdByAccount: { 'jdc-dev': 4200 },
      couponProductLines: { 网络: true },
    };
    const fileInput = container.querySelector<HTMLInputElement>('[data-testid="import-file"]');
    if (!fileInput) throw new Error('no import input');
    Object.defineProperty(fileInput, 'files', {
      value: [new File([exportSettings(file)], 'settings.json', { type: 'application/json' })],
      configurable: true,
    });
    fireEvent.change(fileInput);
    // A lower threshold and a line counted for VPN weaken the checks: the import asks first.
    fireEvent.click(await screen.findByText('Apply the file'));
    await waitFor(() =>
      expect(thresholdInput(screen.getByTestId('accounts-section'), 'jdc-dev').value).toBe('42.00'),
    );
    expect(radio(screen.getByTestId('coupon-lines-section'), '网络', 'covers').checked).toBe(true);
  });

  it('speak Chinese when the page does, with no key left untranslated', async () => {
    const settings: Settings = {
      ...defaultSettings(),
      language: 'zh-CN',
      thresholdByAccount: { 'jdc-elsewhere': 100 },
      couponProductLines: { 云主机: true },
    };
    renderOptions({ settings });
    const accounts = await accountsSection();
    const lines = await linesSection();
    expect(accounts.querySelector('h2')?.textContent).toBe('账号');
    expect(lines.querySelector('h2')?.textContent).toBe('代金券适用产品线');
    expect(within(rowOf(accounts, 'jdc-ops')).getByTestId('account-facts').textContent).toBe(
      '实名认证：个人已认证 · 可用金额 ¥120.00，3 小时前',
    );
    for (const text of [accounts.textContent, lines.textContent]) {
      expect(text).not.toMatch(/\b(accounts|couponLines|options)\.[A-Za-z]/);
    }
  });
});

describe('account overview', () => {
  it('never trusts a value stamped in the future', () => {
    const stored = { accounts: { a: { cash: observed('cash', 100, -HOUR) } } };
    expect(accountOverviews(stored, {}, NOW)).toEqual([
      { name: 'a', seen: true, otherNames: [], current: false },
    ]);
  });

  it('reads thresholds as the general field does, blank being no entry', () => {
    expect(parseAccountThreshold('')).toEqual({ ok: true, fen: undefined });
    expect(parseAccountThreshold(' 50 ')).toEqual({ ok: true, fen: 5000 });
    expect(parseAccountThreshold('1000000')).toEqual({ ok: true, fen: 100_000_000 });
    expect(parseAccountThreshold('1,000')).toEqual({ ok: false, error: { key: 'options.error.number' } });
  });

  it('edits own keys only, whatever their names', () => {
    const record = JSON.parse('{"__proto__": 1, "a": 2}');
    const edited = withEdits<number>(
      record,
      new Map([
        ['a', undefined],
        ['constructor', 3],
      ]),
    );
    expect(Object.entries(edited)).toEqual([
      ['__proto__', 1],
      ['constructor', 3],
    ]);
    expect(Object.getPrototypeOf(edited)).toBe(Object.prototype);
  });

  it('lists product lines from every stored account, the unnamed reads included', () => {
    expect(productLinesToAsk(seenAccounts(), {}, NOW)).toEqual([
      { line: '基础云', seen: true },
      { line: '网络', seen: true },
    ]);
  });
});

describe('options-accounts catalog', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  type Key = keyof typeof optionsAccountsCatalog.en;

  it('has every text in both languages with the same placeholders, the Chinese in Chinese', () => {
    expect(Object.keys(optionsAccountsCatalog['zh-CN']).sort()).toEqual(
      Object.keys(optionsAccountsCatalog.en).sort(),
    );
    for (const [key, text] of Object.entries(optionsAccountsCatalog.en)) {
      const zh = optionsAccountsCatalog['zh-CN'][key as Key];
      expect(placeholders(zh), key).toEqual(placeholders(text));
      expect(/\p{Script=Han}/u.test(zh), key).toBe(true);
    }
  });

  it('shadows no key of another catalog, and is registered for both languages', () => {
    const others = [uiCatalog, checkCatalog, apiCatalog, optionsCatalog, openapiCatalog];
    for (const key of Object.keys(optionsAccountsCatalog.en)) {
      for (const other of others) expect(Object.hasOwn(other.en, key), key).toBe(false);
      expect(translate('en', key)).toBe(optionsAccountsCatalog.en[key as Key]);
      expect(translate('zh-CN', key)).toBe(optionsAccountsCatalog['zh-CN'][key as Key]);
    }
  });

  it('has a text for every real-name status an account can show', () => {
    for (const status of REAL_NAME_STATUSES) {
      expect(Object.hasOwn(optionsAccountsCatalog.en, `accounts.realName.${status}`), status).toBe(true);
    }
  });
});
