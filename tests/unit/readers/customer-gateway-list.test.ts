import { afterEach, describe, expect, it } from 'vitest';
import { listCountSchema } from '../../../lib/model/draft';
import { readCustomerGatewayList } from '../../../lib/readers/customer-gateway-list';
import { listPage } from '../../fixtures/console/network';
import { MOCK_URLS, type MockLanguage, type MockSkin } from '../../fixtures/console/render';
import { type Scenario, scenarios } from '../../fixtures/console/scenarios';
import { closeOpenPages, type LoadedPage, loadConsolePage, loadHtml } from '../support/load-fixture';

afterEach(closeOpenPages);

// Each of these tests loads a page per scenario, skin and language.
const SLOW = { timeout: 60_000 };

const SKINS: MockSkin[] = ['classic', 'console-2019'];
const LANGS: MockLanguage[] = ['zh', 'en'];
const NETWORK = Object.values(scenarios).filter((s) => s.cnsPages === 'network');

function expectedCount(scenario: Scenario) {
  const region = scenario.regions['cn-north-1'];
  const shown = listPage(region.customerGateways, region.lists?.customerGateways, null);
  return { count: shown.rows.length, complete: shown.pages === 1 && !shown.keyword };
}

function read(page: LoadedPage) {
  const count = readCustomerGatewayList(page.context());
  if (count) expect(listCountSchema.safeParse(count).success).toBe(true);
  return count;
}

describe('readCustomerGatewayList on every network scenario', SLOW, () => {
  for (const skin of SKINS) {
    for (const lang of LANGS) {
      it(`${skin} ${lang}: the rows of cn-north-1, complete only for one unsearched page`, async () => {
        for (const scenario of NETWORK) {
          const page = await loadConsolePage(MOCK_URLS.customerGatewayList, {
            scenario: scenario.name,
            lang,
            skin,
          });
          expect(read(page), scenario.name).toEqual(expectedCount(scenario));
        }
      });
    }
  }

  it('cgw-quota-full is 10 of 10; cgw-quota-filtered (searched for "beijing", 共 4 条) is not complete', async () => {
    for (const skin of SKINS) {
      for (const lang of LANGS) {
        const opts = { lang, skin } as const;
        const full = await loadConsolePage(MOCK_URLS.customerGatewayList, {
          ...opts,
          scenario: 'cgw-quota-full',
        });
        expect(read(full)).toEqual({ count: 10, complete: true });
        const filtered = await loadConsolePage(MOCK_URLS.customerGatewayList, {
          ...opts,
          scenario: 'cgw-quota-filtered',
        });
        expect(read(filtered)).toEqual({ count: 4, complete: false });
      }
    }
  });

  it('a region without gateways (暂无数据 / No data) is 0, complete', async () => {
    for (const skin of SKINS) {
      for (const lang of LANGS) {
        const page = await loadConsolePage(`${MOCK_URLS.customerGatewayList}?regionId=cn-south-1`, {
          scenario: 'cgw-ready',
          lang,
          skin,
        });
        expect(read(page), `${skin} ${lang}`).toEqual({ count: 0, complete: true });
      }
    }
  });

  it('a second page of a paged list is incomplete', async () => {
    for (const skin of SKINS) {
      const page = await loadConsolePage(`${MOCK_URLS.customerGatewayList}?page=2`, {
        scenario: 'cgw-quota-full',
        lang: 'en',
        skin,
        lists: { customerGateways: { pageSize: 4 } },
      });
      expect(read(page), skin).toEqual({ count: 4, complete: false });
    }
  });

  it('still counts the list under an open create dialog, whose inputs are no search', async () => {
    const page = await loadConsolePage(
      MOCK_URLS.customerGatewayList,
      { scenario: 'cgw-ready', lang: 'zh', skin: 'classic' },
      { scripts: true },
    );
    (
      page.window as unknown as { mockConsole: { openGatewayDialog(): void } }
    ).mockConsole.openGatewayDialog();
    expect(page.document.querySelector('[role="dialog"] input[name="bgpAsn"]')).not.toBeNull();
    expect(read(page)).toEqual({ count: 2, complete: true });
  });
});

describe('readCustomerGatewayList elsewhere', () => {
  it('is undefined without the list: the VPN list, the VPC list, the 2019 create route', async () => {
    for (const skin of SKINS) {
      for (const url of [MOCK_URLS.vpnConnectionList, MOCK_URLS.vpcList]) {
        const page = await loadConsolePage(url, { scenario: 'cgw-ready', lang: 'zh', skin });
        expect(read(page), `${skin} ${url}`).toBeUndefined();
      }
    }
    const route = await loadConsolePage(MOCK_URLS.customerGatewayCreate, {
      scenario: 'cgw-ready',
      lang: 'zh',
      skin: 'console-2019',
    });
    expect(read(route)).toBeUndefined();
  });

  it('an ARIA grid, with a pager of page numbers', async () => {
    const row = (name: string) =>
      `<div role="row"><span role="gridcell">${name}</span><span role="gridcell">203.0.113.7</span></div>`;
    const grid = (pages: string) =>
      `<main><div role="grid"><div role="row"><span role="columnheader">Name</span><span role="columnheader">Public IPs</span></div>${row('a')}${row('b')}</div><nav aria-label="pages"><ul>${pages}</ul></nav></main>`;
    const one = await loadHtml(MOCK_URLS.customerGatewayList, grid('<li>1</li>'));
    expect(read(one)).toEqual({ count: 2, complete: true });
    const two = await loadHtml(
      MOCK_URLS.customerGatewayList,
      grid('<li>1</li><li><a href="?p=2">2</a></li>'),
    );
    expect(read(two)).toEqual({ count: 2, complete: false });
  });
});
