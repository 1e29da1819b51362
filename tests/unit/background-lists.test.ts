import { beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../entrypoints/background/hub';
import type { PanelView } from '../../lib/messages';
import { loadResources } from '../../platform/storage';

type Sender = Browser.runtime.MessageSender;
const LIST = 'https://cns-console.jdcloud.com/host/vpnConnection/list';
const FORM = 'https://cns-console.jdcloud.com/host/vpnConnection/create';
const sender = (url: string, tab: Partial<Browser.tabs.Tab> = {}) =>
  ({ id: fakeBrowser.runtime.id, tab: { id: 7, ...tab } as Browser.tabs.Tab, frameId: 0, url }) as Sender;
const account = { field: 'account', value: 'jdc-admin', found: 'inference' };
const signedIn = { field: 'signedIn', value: true, found: 'inference' };

const listRead = (complete: boolean) => ({
  type: 'page-read',
  pageKind: 'vpn-connection-list',
  readings: [signedIn, account],
  resources: {
    region: 'cn-north-1',
    connectionsByBorderGateway: { counts: { 'bgw-bj-prod': 10, 'bgw-bj-test': 2 }, complete },
  },
  config: '',
});

const formRead = (borderGateway: string) => ({
  type: 'page-read',
  pageKind: 'vpn-connection-form',
  readings: [signedIn, account],
  draft: {
    presentation: 'route',
    region: 'cn-north-1',
    name: 'vpn-01',
    borderGateway: { selected: borderGateway, options: [borderGateway] },
  },
  config: '',
});

const quota = (view: PanelView) => view.checks.find((check) => check.id === 'connection-quota');

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the VPN list’s counts', () => {
  it('are kept for the account and region, and the form’s connection-quota row counts them', async () => {
    await handleMessage(listRead(true), sender(LIST));
    expect(Object.keys((await loadResources())['jdc-admin'] ?? {})).toEqual(['cn-north-1']);
    const full = (await handleMessage(formRead('bgw-bj-prod'), sender(FORM))) as PanelView;
    expect(quota(full)?.status).toBe('warn');
    const other = (await handleMessage(formRead('bgw-bj-test'), sender(FORM))) as PanelView;
    expect(quota(other)?.status).toBe('pass');
  });

  it('leave the row unknown, and not required, when the list was paged or filtered', async () => {
    await handleMessage(listRead(false), sender(LIST));
    const view = (await handleMessage(formRead('bgw-bj-test'), sender(FORM))) as PanelView;
    expect(quota(view)).toMatchObject({ status: 'unknown', required: false });
  });

  it('are not kept from a private window', async () => {
    await handleMessage(listRead(true), sender(LIST, { incognito: true }));
    expect(await loadResources()).toEqual({});
  });

  it('are refused when malformed, and nothing is recorded', async () => {
    const bad = {
      ...listRead(true),
      resources: { region: 'cn-north-1', connectionsByBorderGateway: { counts: { x: -1 } } },
    };
    expect(await handleMessage(bad, sender(LIST))).toEqual({ error: expect.any(String) });
    expect(await loadResources()).toEqual({});
  });
});

describe('a connection’s detail page and the add-tunnel form on its own route', () => {
  const DETAIL = 'https://cns-console.jdcloud.com/host/vpnConnection/detail/vpnc-01';
  const TUNNEL = `${DETAIL}/tunnel/create`;
  const detailRead = (region?: string) => ({
    type: 'page-read',
    pageKind: 'vpn-connection-detail',
    readings: [signedIn, account],
    resources: {
      ...(region ? { region } : {}),
      connection: {
        connectionId: 'vpnc-01',
        borderGateway: 'bgw-bj-prod',
        customerGatewayIpCount: 1,
        tunnels: [{ cloudIp: '116.196.80.11', customerIp: '36.112.10.21', insideCidr: '169.254.1.0/30' }],
      },
    },
    config: '',
  });
  // The second tunnel the gateway's single IP allows, on the pair the first one took.
  const tunnelRead = {
    type: 'page-read',
    pageKind: 'vpn-tunnel-form',
    readings: [signedIn, account],
    draft: {
      form: 'tunnel',
      presentation: 'route',
      connectionId: 'vpnc-01',
      cloudIp: '116.196.80.11',
      customerIp: '36.112.10.21',
      insideCidr: '169.254.1.4/30',
    },
    config: '',
  };
  const tunnelQuota = (view: PanelView) => view.checks.find((check) => check.id === 'tunnel-quota');

  it('files what a detail page without a region shows under the region the tab’s list showed', async () => {
    await handleMessage(listRead(true), sender(LIST));
    await handleMessage(detailRead(), sender(DETAIL));
    expect((await loadResources())['jdc-admin']?.['cn-north-1']?.connections?.['vpnc-01']).toMatchObject({
      borderGateway: 'bgw-bj-prod',
    });
    const view = (await handleMessage(tunnelRead, sender(TUNNEL))) as PanelView;
    expect(tunnelQuota(view)?.status).toBe('fail');
  });

  it('keeps nothing when no page of the tab named a region, and the form’s tunnel count stays unknown', async () => {
    await handleMessage(detailRead(), sender(DETAIL));
    expect(await loadResources()).toEqual({});
    const view = (await handleMessage(tunnelRead, sender(TUNNEL))) as PanelView;
    expect(tunnelQuota(view)).toMatchObject({ status: 'unknown', required: false });
  });

  it('files a detail page that names its region there, whatever the tab showed before', async () => {
    await handleMessage(listRead(true), sender(LIST));
    await handleMessage(detailRead('cn-south-1'), sender(DETAIL));
    expect(Object.keys((await loadResources())['jdc-admin'] ?? {}).sort()).toEqual([
      'cn-north-1',
      'cn-south-1',
    ]);
    expect((await loadResources())['jdc-admin']?.['cn-north-1']?.connections).toBeUndefined();
  });
});
