import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exclusive, forgetClosedTabs, handleMessage, refreshAllTabs } from '../../entrypoints/background/hub';
import type { PanelView } from '../../lib/messages';
import type { CheckStatus } from '../../lib/model/checklist';
import type { CustomerGatewayDraft, FormDraft, TunnelDraft, VpnDraft } from '../../lib/model/draft';
import { formDraftSchema } from '../../lib/model/draft';
import { boundTabState, compactDraft, jsonBytes, TAB_STATE_MAX_BYTES } from '../../lib/stored-tab';
import { buildPanelView } from '../../lib/views';
import { loadTabs, type TabState, updateTab } from '../../platform/storage';
import { coupon, NOW, observed, settingsWith } from './rules/rule-input';

/** Chrome's storage.session quota. */
const SESSION_QUOTA_BYTES = 10 * 1024 * 1024;
// The costliest characters a page can send: an escaped control character is six bytes of JSON.
const costly = (length: number) => '\u0001'.repeat(length);
const wide = (length: number) => '汉'.repeat(length);

const fullSelect = (text: (n: number) => string) => ({
  selected: text(256),
  options: Array.from({ length: 500 }, () => text(256)),
});

/** Each form's draft with every text and list at its schema's limit. */
function maximalDrafts(text: (n: number) => string): FormDraft[] {
  const connection: VpnDraft = {
    form: 'connection',
    presentation: 'dialog',
    region: text(64),
    name: text(1024),
    description: text(4096),
    borderGateway: fullSelect(text),
    customerGateway: fullSelect(text),
    bgpEnabled: true,
  };
  const typed = text(256);
  const tunnel: TunnelDraft = {
    form: 'tunnel',
    presentation: 'route',
    region: text(64),
    connectionId: typed,
    connectionName: typed,
    borderGateway: typed,
    cloudIp: typed,
    customerIp: typed,
    customerGatewayIpCount: 64,
    insideCidr: typed,
    psk: { length: 100_000, disallowed: 100_000, reservedPrefix: '0x' },
    ikeVersion: typed,
    ikeMode: typed,
    ikeKeyExchange: typed,
    ikeCipher: typed,
    ikeAuth: typed,
    ikeDpdSec: typed,
    ikeSaLifeSec: typed,
    ipsecCipher: typed,
    ipsecAuth: typed,
    ipsecKeyExchange: typed,
    ipsecSaLifeSec: typed,
    ipsecSaLifepkt: typed,
    ipsecSaLifebyte: typed,
    bandwidthMbps: typed,
    existingTunnels: Array.from({ length: 64 }, () => ({
      cloudIp: typed,
      customerIp: typed,
      insideCidr: typed,
    })),
    borderGatewayTunnelCidrs: Array.from({ length: 500 }, () => typed),
  };
  const gateway: CustomerGatewayDraft = {
    form: 'customer-gateway',
    presentation: 'dialog',
    region: text(64),
    name: text(1024),
    description: text(4096),
    ipCount: 64,
    customerIps: Array.from({ length: 16 }, () => typed),
    bgpAsn: typed,
    existingGateways: { count: 100_000, complete: true },
  };
  for (const draft of [connection, tunnel, gateway])
    expect(formDraftSchema.safeParse(draft).success).toBe(true);
  return [connection, tunnel, gateway];
}

/** A tab as large as a page can make it: a maximal draft, and a maximal coupon list read without an account. */
function maximalTab(draft: FormDraft, text: (n: number) => string): TabState {
  const coupons = Array.from({ length: 200 }, (_, i) =>
    coupon({ amountFen: i, scope: text(64), region: text(64), validFrom: 1, validUntil: 2 }),
  );
  return {
    pageKind: 'vpn-connection-form',
    account: text(128),
    region: text(64),
    draft,
    unnamed: { couponList: observed('couponList', coupons), signedIn: observed('signedIn', true) },
  };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('each tab’s stored state', () => {
  it('is kept as it is when it fits, which every ordinary form does', async () => {
    const ordinary: VpnDraft = {
      presentation: 'dialog',
      region: 'cn-north-1',
      name: 'vpn-北京-01',
      description: '办公网到北京 VPC 的专线备份'.repeat(20),
      borderGateway: { selected: 'bgw-bj-prod', options: Array.from({ length: 20 }, (_, i) => `bgw-${i}`) },
      customerGateway: { selected: 'office (cgw-1a2b)', options: ['office (cgw-1a2b)', 'lab (cgw-3c4d)'] },
    };
    const tab: TabState = { pageKind: 'vpn-connection-form', account: 'jdc-admin', draft: ordinary };
    expect(boundTabState(tab)).toBe(tab);
    await updateTab(7, () => tab);
    expect((await loadTabs())[7]).toEqual(tab);
  });

  it('stays within its bound at the schema’s limits, whatever characters the page sends', () => {
    for (const text of [costly, wide]) {
      for (const draft of maximalDrafts(text)) {
        const bounded = boundTabState(maximalTab(draft, text));
        expect(jsonBytes(bounded)).toBeLessThanOrEqual(TAB_STATE_MAX_BYTES);
        expect(bounded.draftCut).toBe(true);
        // Still a draft of the same form, and still a read that named no account (never another's values).
        expect(formDraftSchema.safeParse(bounded.draft).success).toBe(true);
        expect(bounded.draft && 'form' in bounded.draft ? bounded.draft.form : undefined).toBe(draft.form);
        expect(bounded.unnamed).toBeDefined();
      }
    }
  });

  it('is cut so that a verdict from it is never more confident than from the form as sent', () => {
    const rank: Record<CheckStatus, number> = { fail: 0, unknown: 1, warn: 2, pass: 3 };
    const settings = settingsWith();
    const state = { signedIn: observed('signedIn', true), cash: observed('cash', 1_000_000) };
    const drafts: FormDraft[] = [
      ...maximalDrafts(wide),
      ...maximalDrafts(costly),
      // Long, but valid where it can be: a long description, many gateways, a padded address.
      {
        presentation: 'dialog',
        region: 'cn-north-1',
        name: 'vpn-01',
        description: 'd'.repeat(4000),
        borderGateway: { selected: 'bgw-1', options: Array.from({ length: 500 }, (_, i) => `bgw-${i}`) },
        customerGateway: { selected: 'cgw-1', options: ['cgw-1'] },
      },
      {
        form: 'customer-gateway',
        presentation: 'dialog',
        customerIps: ['203.0.113.7', `203.0.113.8${' '.repeat(200)}x`],
        bgpAsn: '65010',
        name: 'cgw-01',
        description: 'x'.repeat(4096),
      },
    ];
    for (const draft of drafts) {
      const whole = buildPanelView(state, draft, settings, 'en', NOW);
      const cut = buildPanelView(state, compactDraft(draft), settings, 'en', NOW);
      for (const check of whole.checks) {
        const after = cut.checks.find((c) => c.id === check.id);
        expect(rank[after?.status ?? 'fail'], check.id).toBeLessThanOrEqual(rank[check.status]);
      }
      if (whole.readiness !== 'ready') expect(cut.readiness).not.toBe('ready');
    }
  });
});

describe('session storage, with many tabs open', () => {
  it('stays well within its quota with 500 tabs of maximal forms', async () => {
    const drafts = maximalDrafts(costly);
    for (let id = 1; id <= 500; id++) {
      const draft = drafts[id % drafts.length] as FormDraft;
      await updateTab(id, () => maximalTab(draft, costly));
    }
    const stored = await fakeBrowser.storage.session.get('tabs');
    expect(Object.keys(stored.tabs as object)).toHaveLength(500);
    expect(jsonBytes(stored)).toBeLessThan(SESSION_QUOTA_BYTES / 2);
  }, 60_000);

  it('keeps no state of tabs that are no longer open', async () => {
    const open = await fakeBrowser.tabs.create({ url: 'https://cns-console.jdcloud.com/host/vpc/list' });
    const openId = open.id as number;
    await updateTab(openId, () => ({ pageKind: 'other-console' }));
    await updateTab(openId + 100, () => ({
      pageKind: 'vpn-connection-form',
      draft: { presentation: 'route' },
    }));
    await forgetClosedTabs();
    expect(Object.keys(await loadTabs())).toEqual([String(openId)]);
  });
});

describe('a form too large to keep whole', () => {
  const sender = {
    id: fakeBrowser.runtime.id,
    tab: { id: 7 } as Browser.tabs.Tab,
    frameId: 0,
    url: 'https://cns-console.jdcloud.com/host/vpnConnection/list',
  } as Browser.runtime.MessageSender;
  const big: VpnDraft = {
    presentation: 'dialog',
    region: 'cn-north-1',
    name: 'vpn-01',
    description: '汉'.repeat(4000),
  };

  it('is answered from the form as sent, and its panel is not replaced from the cut copy', async () => {
    const reply = (await handleMessage({ type: 'draft', draft: big }, sender)) as PanelView;
    const description = reply.checks.find((check) => check.id === 'description-length');
    expect(description?.reason).toContain('4000');
    expect((await loadTabs())[7]?.draftCut).toBe(true);
    const push = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await exclusive(() => refreshAllTabs());
    expect(push).not.toHaveBeenCalled();
  });

  it('is kept whole again once the form sent fits', async () => {
    await handleMessage({ type: 'draft', draft: big }, sender);
    const small = { ...big, description: '短' };
    await handleMessage({ type: 'draft', draft: small }, sender);
    expect((await loadTabs())[7]).toEqual({ pageKind: 'vpn-connection-form', draft: small });
  });
});
