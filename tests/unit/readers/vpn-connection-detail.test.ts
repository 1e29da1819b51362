import { afterEach, describe, expect, it } from 'vitest';
import { existingTunnelSchema } from '../../../lib/model/draft';
import { readConnectionDetail } from '../../../lib/readers/vpn-connection-detail';
import { nameOf, tunnelsOf } from '../../fixtures/console/network';
import {
  type MockLanguage,
  type MockSkin,
  vpnConnectionDetailUrl,
  vpnTunnelCreateUrl,
} from '../../fixtures/console/render';
import { scenarios, type VpnConnectionRow } from '../../fixtures/console/scenarios';
import { closeOpenPages, type LoadedPage, loadConsolePage, loadHtml } from '../support/load-fixture';

afterEach(closeOpenPages);

// Each of these tests loads a page per scenario, skin and language.
const SLOW = { timeout: 60_000 };

const SKINS: MockSkin[] = ['classic', 'console-2019'];
const LANGS: MockLanguage[] = ['zh', 'en'];
const NETWORK = Object.values(scenarios).filter((s) => s.cnsPages === 'network');

/** The border gateway as each skin's detail page names it. */
function gatewayShown(skin: MockSkin, lang: MockLanguage, name: string, id: string): string {
  if (skin === 'console-2019') return `${name} / ${id}`;
  return lang === 'zh' ? `${name}（${id}）` : `${name} (${id})`;
}

function read(page: LoadedPage) {
  const detail = readConnectionDetail(page.context());
  for (const tunnel of detail.tunnels ?? [])
    expect(existingTunnelSchema.safeParse(tunnel).success).toBe(true);
  return detail;
}

describe('readConnectionDetail on every network scenario', SLOW, () => {
  for (const skin of SKINS) {
    for (const lang of LANGS) {
      it(`${skin} ${lang}: id, name, border gateway and every tunnel of each connection`, async () => {
        expect(NETWORK.length).toBe(20);
        for (const scenario of NETWORK) {
          const region = scenario.regions['cn-north-1'];
          // The connection-quota scenarios hold ten or more alike: three of them say as much.
          for (const connection of region.connections.slice(0, 3)) {
            const page = await loadConsolePage(vpnConnectionDetailUrl(connection.id), {
              scenario: scenario.name,
              lang,
              skin,
            });
            const gateway = nameOf(region.borderGateways, connection.borderGatewayId);
            expect(read(page), `${scenario.name} ${connection.id}`).toEqual({
              connectionId: connection.id,
              connectionName: connection.name,
              borderGateway: gatewayShown(skin, lang, gateway, connection.borderGatewayId),
              // A connection without tunnels shows 暂无数据: known to be none.
              tunnels: tunnelsOf(connection).map(({ cloudIp, customerIp, insideCidr }) => ({
                cloudIp,
                customerIp,
                insideCidr,
              })),
            });
          }
        }
      });
    }
  }

  it('2019: the tunnel list counts while its tab pane is hidden, and after the tab is chosen', async () => {
    const page = await loadConsolePage(
      vpnConnectionDetailUrl('vpnc-nw0302'),
      { scenario: 'tunnel-quota-count', lang: 'zh', skin: 'console-2019' },
      { scripts: true },
    );
    const pane = page.document.getElementById('pane-resource') as HTMLElement;
    expect(pane.style.display).toBe('none');
    const hidden = read(page).tunnels;
    expect(hidden).toHaveLength(2);
    (page.document.getElementById('tab-resource') as HTMLElement).click();
    expect(pane.style.display).toBe('');
    expect(read(page).tunnels).toEqual(hidden);
  });

  it('2019: the open add-tunnel dialog’s fields are not the page’s', async () => {
    const page = await loadConsolePage(
      vpnConnectionDetailUrl('vpnc-nw0103'),
      { scenario: 'tunnel-ready', lang: 'en', skin: 'console-2019' },
      { scripts: true },
    );
    const before = read(page);
    (page.window as unknown as { mockConsole: { openTunnelDialog(): void } }).mockConsole.openTunnelDialog();
    expect(page.document.querySelector('[role="dialog"][aria-label="Add Tunnel"] form')).not.toBeNull();
    expect(read(page)).toEqual(before);
    expect(before).toMatchObject({ connectionId: 'vpnc-nw0103', tunnels: [] });
  });

  it('classic: the add-tunnel route names its connection in a note and its address; no list, no gateway', async () => {
    for (const lang of LANGS) {
      const page = await loadConsolePage(vpnTunnelCreateUrl('vpnc-nw0701'), {
        scenario: 'psk-too-long',
        lang,
        skin: 'classic',
      });
      expect(read(page), lang).toEqual({ connectionId: 'vpnc-nw0701', connectionName: 'bj-to-idc-primary' });
    }
  });
});

describe('readConnectionDetail on a page of another shape', () => {
  const URL = vpnConnectionDetailUrl('vpnc-x1');
  const connection: Pick<VpnConnectionRow, 'id' | 'name'> = { id: 'vpnc-x1', name: 'office-link' };

  it('th/td rows of facts, a tunnel table with its own headers and a placeholder cell', async () => {
    const page = await loadHtml(
      URL,
      `<main><h1>${connection.name}</h1>
      <table class="facts"><tr><th>VPN连接ID</th><td>${connection.id}</td></tr><tr><th>VPN连接名称</th><td>${connection.name}</td></tr>
      <tr><th>边界网关</th><td><a href="/bgw/1">office-bgw</a></td></tr><tr><th>客户网关公网IP个数</th><td>4</td></tr></table>
      <h2>隧道</h2><table><thead><tr><th>云端IP</th><th>客户网关IP</th><th>隧道内网地址</th></tr></thead>
      <tbody><tr><td>203.0.113.1</td><td>198.51.100.1</td><td>169.254.10.0/30</td></tr>
      <tr><td>203.0.113.2</td><td>198.51.100.2</td><td>--</td></tr></tbody></table><div>共 2 条</div></main>`,
    );
    expect(read(page)).toEqual({
      connectionId: 'vpnc-x1',
      connectionName: 'office-link',
      borderGateway: 'office-bgw',
      customerGatewayIpCount: 4,
      tunnels: [
        { cloudIp: '203.0.113.1', customerIp: '198.51.100.1', insideCidr: '169.254.10.0/30' },
        { cloudIp: '203.0.113.2', customerIp: '198.51.100.2' },
      ],
    });
  });

  it('a tunnel list with rows on another page, or still loading, is not known', async () => {
    const table = (rows: string, after = '') =>
      `<main><table><thead><tr><th>Cloud IP</th><th>Customer IP</th></tr></thead><tbody>${rows}</tbody></table>${after}</main>`;
    const paged = await loadHtml(
      URL,
      table('<tr><td>203.0.113.1</td><td>198.51.100.1</td></tr>', '<p>Total 3</p>'),
    );
    expect(read(paged).tunnels).toBeUndefined();
    const loading = await loadHtml(URL, table(''));
    expect(read(loading).tunnels).toBeUndefined();
    const none = await loadHtml(URL, table('<tr><td colspan="2">No data</td></tr>'));
    expect(read(none).tunnels).toEqual([]);
  });

  it('has only the id from the address on a page that shows nothing of the connection', async () => {
    const page = await loadHtml(URL, '<main><p>加载中</p></main>');
    expect(read(page)).toEqual({ connectionId: 'vpnc-x1' });
  });
  it('around a form on its own route: the page’s facts, never the form’s fields', async () => {
    const page = await loadHtml(
      `${URL}/tunnel/create`,
      `<main><p>边界网关：<span>office-bgw</span></p>
      <form><p>所属VPN连接：<span>other-link（vpnc-y2）</span></p><label>名称<input value="typed"></label></form></main>`,
    );
    const form = page.document.querySelector('form') as Element;
    expect(readConnectionDetail(page.context(), form)).toEqual({
      connectionId: 'vpnc-x1',
      borderGateway: 'office-bgw',
    });
    // Read as the page without leaving the form out, the form's own 名称 passes for the connection's name.
    expect(readConnectionDetail(page.context())).toMatchObject({ connectionName: 'typed' });
  });
});
