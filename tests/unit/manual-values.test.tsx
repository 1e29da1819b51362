import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageContext } from '../../components/i18n';
import { type ManualAmount, ManualValues, parseManualAmount } from '../../components/ManualValues';
import type { Language } from '../../lib/i18n';
import type { ManualValuesInUse } from '../../lib/messages';

const NOW = Date.UTC(2026, 10, 27, 8, 0, 0);

function renderForm(
  options: {
    inUse?: ManualValuesInUse;
    language?: Language;
    onSave?: (a: ManualAmount[]) => Promise<void>;
  } = {},
) {
  const onSave = vi.fn(options.onSave ?? (async () => undefined));
  const view = render(
    <LanguageContext.Provider value={options.language ?? 'en'}>
      <ManualValues inUse={options.inUse} now={NOW} onSave={onSave} />
    </LanguageContext.Provider>,
  );
  const root = view.container.querySelector('[data-testid="manual-values"]') as HTMLElement;
  const input = (name: string) => root.querySelector(`input[name="${name}"]`) as HTMLInputElement;
  const type = (name: string, value: string) => fireEvent.input(input(name), { target: { value } });
  const save = () => fireEvent.click(root.querySelector('[data-action="manual-save"]') as HTMLButtonElement);
  const errorFor = (name: string) => root.querySelector(`[data-error-for="${name}"]`)?.textContent;
  return { root, input, type, save, errorFor, onSave };
}

afterEach(cleanup);

describe('parseManualAmount', () => {
  it('turns CNY as people type it into fen', () => {
    expect(parseManualAmount('coupons', '12.50')).toEqual({ ok: true, fen: 1250 });
    expect(parseManualAmount('coupons', '50')).toEqual({ ok: true, fen: 5000 });
    expect(parseManualAmount('cash', '¥1,234.56')).toEqual({ ok: true, fen: 123456 });
    expect(parseManualAmount('cash', ' 0.07 元 ')).toEqual({ ok: true, fen: 7 });
    expect(parseManualAmount('cash', '-3.20')).toEqual({ ok: true, fen: -320 });
    expect(parseManualAmount('coupons', '')).toEqual({ ok: true });
  });

  it('refuses what is not an exact amount, and negative coupons', () => {
    for (const text of ['abc', '12.345', '1e3', '12,50', '--']) {
      expect(parseManualAmount('coupons', text)).toEqual({
        ok: false,
        error: { key: 'manual.error.number' },
      });
    }
    expect(parseManualAmount('coupons', '-1')).toEqual({
      ok: false,
      error: { key: 'manual.error.negative' },
    });
  });

  it('reads back any amount written with two decimals (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000_00 }), (fen) => {
        const text = `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
        expect(parseManualAmount('coupons', text)).toEqual({ ok: true, fen });
      }),
    );
  });
});

describe('ManualValues', () => {
  it('saves coupons and cash in fen and empties the form', async () => {
    const form = renderForm();
    form.type('manual.coupons', '20');
    form.type('manual.cash', '32.50');
    form.save();
    await waitFor(() => expect(form.onSave).toHaveBeenCalledTimes(1));
    expect(form.onSave).toHaveBeenCalledWith([
      { field: 'coupons', fen: 2000 },
      { field: 'cash', fen: 3250 },
    ]);
    await waitFor(() => expect(form.root.textContent).toContain('Saved. The checklist now uses them.'));
    expect(form.input('manual.coupons').value).toBe('');
  });

  it('saves only what was typed', async () => {
    const form = renderForm();
    form.type('manual.coupons', '15');
    form.save();
    await waitFor(() => expect(form.onSave).toHaveBeenCalledWith([{ field: 'coupons', fen: 1500 }]));
  });

  it('refuses invalid input in place, keeps what was typed and saves nothing', async () => {
    const form = renderForm();
    form.type('manual.coupons', 'twenty');
    form.type('manual.cash', '10');
    form.save();
    await waitFor(() =>
      expect(form.errorFor('manual.coupons')).toBe('Enter an amount in CNY, such as 50 or 12.50.'),
    );
    expect(form.input('manual.coupons').getAttribute('aria-invalid')).toBe('true');
    expect(form.input('manual.coupons').value).toBe('twenty');
    expect(form.errorFor('manual.cash')).toBeUndefined();
    expect(form.onSave).not.toHaveBeenCalled();

    form.type('manual.coupons', '-5');
    form.save();
    await waitFor(() => expect(form.errorFor('manual.coupons')).toBe('Coupons cannot be negative.'));
    expect(form.onSave).not.toHaveBeenCalled();
  });

  it('asks for a value when both are empty', async () => {
    const form = renderForm({ language: 'zh-CN' });
    form.save();
    await waitFor(() => expect(form.root.textContent).toContain('请至少填写一项金额。'));
    expect(form.onSave).not.toHaveBeenCalled();
  });

  it('shows the entered values in use as such, with their age', () => {
    const form = renderForm({ inUse: { coupons: { fen: 2000, observedAt: NOW - 5 * 60_000 } } });
    expect(form.root.querySelector('[data-in-use="coupons"]')?.textContent).toBe(
      'In use: ¥20.00, entered 5 min ago',
    );
    expect(form.root.querySelector('[data-in-use="cash"]')).toBeNull();
  });

  it('says so when saving failed', async () => {
    const form = renderForm({
      onSave: async () => {
        throw new Error('manual observations only');
      },
    });
    form.type('manual.cash', '1');
    form.save();
    await waitFor(() =>
      expect(form.root.textContent).toContain('That did not work: manual observations only'),
    );
  });
});
