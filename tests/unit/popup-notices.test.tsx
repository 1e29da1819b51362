import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageContext } from '../../components/i18n';
import { type HostAccessIo, HostAccessNotice } from '../../components/popup/HostAccessNotice';
import { OpenApiClockNotice } from '../../components/popup/OpenApiClockNotice';
import type { Language } from '../../lib/i18n';
import { clockSkewParams } from '../../lib/jdcloud-api/client';
import type { OpenApiStatusView } from '../../lib/messages';

afterEach(cleanup);

function access(granted: boolean, grants = true) {
  return {
    contains: vi.fn(async () => granted),
    request: vi.fn(async () => grants),
  } satisfies HostAccessIo;
}

const inLanguage = (language: Language, children: preact.ComponentChildren) =>
  render(<LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>);

describe('HostAccessNotice', () => {
  it('says nothing while the console may be read', async () => {
    const io = access(true);
    inLanguage('en', <HostAccessNotice io={io} />);
    await waitFor(() => expect(io.contains).toHaveBeenCalled());
    expect(screen.queryByTestId('host-access')).toBeNull();
  });

  it('says so when access is withheld or "on click", and asks for it on a click', async () => {
    const io = access(false);
    inLanguage('en', <HostAccessNotice io={io} />);
    const notice = await screen.findByTestId('host-access');
    expect(notice.textContent).toContain('VPN Preflight may not read the JD Cloud console now');
    expect(io.request).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Allow on JD Cloud console pages' }));
    expect(io.request).toHaveBeenCalledTimes(1);
    await waitFor(() =>
      expect(screen.getByTestId('host-access').textContent).toBe(
        'Allowed. Reload the JD Cloud console tab to check it.',
      ),
    );
  });

  it('says where to allow it when the request is refused, in Chinese too', async () => {
    inLanguage('zh-CN', <HostAccessNotice io={access(false, false)} />);
    fireEvent.click(await screen.findByRole('button', { name: '允许在京东云控制台页面上运行' }));
    expect((await screen.findByTestId('host-access-refused')).textContent).toBe(
      '未获得授权。您可以在浏览器的扩展设置中允许。',
    );
  });

  it('shows nothing when the browser cannot say', async () => {
    const io = {
      contains: vi.fn(async () => Promise.reject(new Error('no permissions API'))),
      request: vi.fn(),
    };
    inLanguage('en', <HostAccessNotice io={io} />);
    await waitFor(() => expect(io.contains).toHaveBeenCalled());
    expect(screen.queryByTestId('host-access')).toBeNull();
  });
});

describe('OpenApiClockNotice', () => {
  const status = (overrides: Partial<OpenApiStatusView>): OpenApiStatusView => ({
    enabled: true,
    secret: { set: true, masked: '••••••••abcd' },
    permitted: true,
    paused: false,
    now: 0,
    ...overrides,
  });

  it('says the computer’s clock is off, in words', () => {
    const lastError = { key: 'api.error.clock-skew', params: clockSkewParams(-17 * 60_000) };
    inLanguage('en', <OpenApiClockNotice status={status({ lastError })} />);
    expect(screen.getByTestId('openapi-clock').textContent).toMatch(
      /^Your computer’s clock is 17 minutes behind JD Cloud’s/,
    );
  });

  it('says nothing of other errors, nor while the source is off', () => {
    inLanguage('en', <OpenApiClockNotice status={status({ lastError: { key: 'api.error.network' } })} />);
    expect(screen.queryByTestId('openapi-clock')).toBeNull();
    cleanup();
    const lastError = { key: 'api.error.clock-skew', params: clockSkewParams(60 * 60_000) };
    inLanguage('en', <OpenApiClockNotice status={status({ enabled: false, lastError })} />);
    expect(screen.queryByTestId('openapi-clock')).toBeNull();
  });
});
