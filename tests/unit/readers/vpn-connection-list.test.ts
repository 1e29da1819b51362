import { afterEach, describe, expect, it } from 'vitest';
import { readVpnConnectionList } from '../../../lib/readers/vpn-connection-list';
import { countForGateway } from '../../../lib/rules/connection-quota';
import { listPage, nameOf } from '../../fixtures/console/network';
import { MOCK_URLS, type MockLanguage, type MockSkin } from '../../fixtures/console/render';
import { type Scenario, scenarios } from '../../fixtures/console/scenarios';
import { closeOpenPages, loadConsolePage, loadHtml } from '../support/load-fixture';

afterEach(closeOpenPages);

// Each of these tests loads a page per scenario, skin and language.
const SLOW = { timeout: 60_000 };

const SKINS: MockSkin[] = ['classic', 'console-2019'];
const LANGS: MockLanguage[] = ['zh', 'en'];
const NETWORK = Object.values(scenarios).filter((s) => s.cnsPages === 'network');

/** What the list of cn-north-1 shows for `page`: connections per border gateway name, complete or not. */
function expectedList(scenario: Scenario, page: string | null = null) {
  const region = scenario.regions['cn-north-1'];
  const shown = listPage(region.connections, region.lists?.vpnConnections, page);
  const counts: Record<string, number> = {};
  for (const connection of shown.rows) {
    const name = nameOf(region.borderGateways, connection.borderGatewayId);
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return {
    region: scenario.expected.region,
    connectionsByBorderGateway: { counts, complete: shown.pages === 1 && !shown.keyword },
  };
}

describe('readVpnConnectionList on every network scenario', SLOW, () => {
  for (const skin of SKINS) {
    for (const lang of LANGS) {
      it(`${skin} ${lang}: counts per border gateway name, complete only for one unsearched page`, async () => {
        expect(NETWORK.length).toBeGreaterThanOrEqual(20);
        for (const scenario of NETWORK) {
          const page = await loadConsolePage(MOCK_URLS.vpnConnectionList, {
            scenario: scenario.name,
            lang,
            skin,
          });
          expect(readVpnConnectionList(page.context()), scenario.name).toEqual(expectedList(scenario));
        }
      });
    }
  }

  it('connection-quota-full: 10 on bgw-bj-prod, complete; the quota rule finds them by name or name（id）', async () => {
    for (const skin of SKINS) {
      const page = await loadConsolePage(MOCK_URLS.vpnConnectionList, {
        scenario: 'connection-quota-full',
        lang: 'zh',
        skin,
      });
      const list = readVpnConnectionList(page.context());
      expect(list?.connectionsByBorderGateway).toEqual({ counts: { 'bgw-bj-prod': 10 }, complete: true });
      const counts = new Map(Object.entries(list?.connectionsByBorderGateway.counts ?? {}));
      // The connection form's select shows the name (2019) or the name with its id (classic).
      expect(countForGateway('bgw-bj-prod', counts)).toBe(10);
      expect(countForGateway('bgw-bj-prod（bgw-nw19a1）', counts)).toBe(10);
      expect(countForGateway('bgw-bj-prod (bgw-nw19a1)', counts)).toBe(10);
    }
  });

  it('connection-quota-paged: page 1 (8 + 2 of 12) and page 2 (2) are both incomplete', async () => {
    for (const skin of SKINS) {
      for (const lang of LANGS) {
        const opts = { scenario: 'connection-quota-paged', lang, skin } as const;
        const first = await loadConsolePage(MOCK_URLS.vpnConnectionList, opts);
        expect(readVpnConnectionList(first.context())?.connectionsByBorderGateway).toEqual({
          counts: { 'bgw-bj-prod': 8, 'bgw-bj-test': 2 },
          complete: false,
        });
        const second = await loadConsolePage(`${MOCK_URLS.vpnConnectionList}?page=2`, opts);
        expect(readVpnConnectionList(second.context())?.connectionsByBorderGateway).toEqual({
          counts: { 'bgw-bj-prod': 2 },
          complete: false,
        });
      }
    }
  });

  it('a searched list is incomplete even when everything it shows fits one page', async () => {
    for (const skin of SKINS) {
      for (const lang of LANGS) {
        const page = await loadConsolePage(MOCK_URLS.vpnConnectionList, {
          scenario: 'tunnel-ready',
          lang,
          skin,
          lists: { vpnConnections: { keyword: 'primary' } },
        });
        expect(readVpnConnectionList(page.context())?.connectionsByBorderGateway).toEqual({
          counts: { 'bgw-bj-prod': 1 },
          complete: false,
        });
      }
    }
  });
});

describe('readVpnConnectionList on other pages of the list', () => {
  it('an empty region (暂无数据 / No data) is no connection anywhere, complete, in that region', async () => {
    for (const skin of SKINS) {
      for (const lang of LANGS) {
        const page = await loadConsolePage(`${MOCK_URLS.vpnConnectionList}?regionId=cn-south-1`, {
          scenario: 'tunnel-ready',
          lang,
          skin,
        });
        expect(readVpnConnectionList(page.context()), `${skin} ${lang}`).toEqual({
          region: 'cn-south-1',
          connectionsByBorderGateway: { counts: {}, complete: true },
        });
      }
    }
  });

  it('the first scenarios’ lists (no network pages): the gateway by name', async () => {
    for (const skin of SKINS) {
      for (const lang of LANGS) {
        const page = await loadConsolePage(MOCK_URLS.vpnConnectionList, { scenario: 'ready', lang, skin });
        expect(readVpnConnectionList(page.context()), `${skin} ${lang}`).toEqual({
          region: 'cn-north-1',
          connectionsByBorderGateway: { counts: { 'bgw-bj-prod': 2 }, complete: true },
        });
      }
    }
  });

  it('is undefined on pages without the list: the VPC list, a detail page, the gateway list', async () => {
    for (const url of [MOCK_URLS.vpcList, MOCK_URLS.customerGatewayList, MOCK_URLS.capitalOverview]) {
      const page = await loadConsolePage(url, { scenario: 'tunnel-ready', lang: 'zh' });
      expect(readVpnConnectionList(page.context()), url).toBeUndefined();
    }
  });

  const URL = MOCK_URLS.vpnConnectionList;

  it('an ARIA grid with "name (id)" cells, a total in words and gateways that share a name', async () => {
    const row = (name: string, gateway: string) =>
      `<div role="row"><span role="gridcell">${name}</span><span role="gridcell">${gateway}</span></div>`;
    const page = await loadHtml(
      URL,
      `<main><div role="grid"><div role="row"><span role="columnheader">Connection</span><span role="columnheader">Border Gateway</span></div>
      ${row('a', 'office (bgw-0001)')}${row('b', 'office (bgw-0002)')}${row('c', 'office (bgw-0002)')}${row('d', 'lab (bgw-0003)')}
      </div><p>Showing 1-4 of 4</p></main>`,
    );
    expect(readVpnConnectionList(page.context())).toEqual({
      connectionsByBorderGateway: { counts: { 'bgw-0001': 1, 'bgw-0002': 2, lab: 1 }, complete: true },
    });
  });

  it('a total above the rows, a live next button, or a row without a gateway makes the counts partial', async () => {
    const table = (rows: string, after: string) =>
      `<main><table><thead><tr><th>名称</th><th>边界网关</th></tr></thead><tbody>${rows}</tbody></table>${after}</main>`;
    const rows = '<tr><td>a</td><td>bgw-1</td></tr><tr><td>b</td><td>bgw-1</td></tr>';
    const cases: [string, boolean][] = [
      [table(rows, '<div>共 2 条</div>'), true],
      [table(rows, '<div>共 3 条</div>'), false],
      [table(rows, '<div><button disabled>上一页</button><button>下一页</button></div>'), false],
      [table(rows, '<div><button disabled>上一页</button><button disabled>下一页</button></div>'), true],
      [table(`${rows}<tr><td>c</td><td>--</td></tr>`, ''), false],
    ];
    for (const [html, complete] of cases) {
      const page = await loadHtml(URL, html);
      expect(readVpnConnectionList(page.context())?.connectionsByBorderGateway.complete, html).toBe(complete);
    }
  });

  it('a table without rows or an empty state is still loading: undefined, not zero', async () => {
    const page = await loadHtml(
      URL,
      '<main><table><thead><tr><th>名称</th><th>边界网关</th></tr></thead><tbody></tbody></table></main>',
    );
    expect(readVpnConnectionList(page.context())).toBeUndefined();
  });
});
