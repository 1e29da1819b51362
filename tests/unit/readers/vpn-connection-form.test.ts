import { afterEach, describe, expect, it } from 'vitest';
import { vpnDraftSchema } from '../../../lib/model/draft';
import { parseRegion } from '../../../lib/readers/region';
import { readVpnConnectionForm } from '../../../lib/readers/vpn-connection-form';
import { MOCK_URLS, type MockLanguage } from '../../fixtures/console/render';
import { closeOpenPages, type LoadedPage, loadConsolePage, loadHtml } from '../support/load-fixture';
import {
  bodyDropdown,
  elSelect,
  URLS_2019,
  vpnCreateRoute,
  vpnListWithDialog,
} from './fixtures-2019/console-2019';

afterEach(closeOpenPages);

const LANGS: MockLanguage[] = ['zh', 'en'];

function gatewayNames(lang: MockLanguage, items: [string, string][]): string[] {
  return items.map(([name, id]) => (lang === 'zh' ? `${name}（${id}）` : `${name} (${id})`));
}

async function dialogPage(scenario: Parameters<typeof loadConsolePage>[1]['scenario'], lang: MockLanguage) {
  const page = await loadConsolePage(MOCK_URLS.vpnConnectionList, { scenario, lang }, { scripts: true });
  (page.window as unknown as { mockConsole: { openCreateDialog(): void } }).mockConsole.openCreateDialog();
  return page;
}

function read(page: LoadedPage) {
  const draft = readVpnConnectionForm(page.context());
  expect(vpnDraftSchema.safeParse(draft).success).toBe(true);
  return draft;
}

describe('readVpnConnectionForm on the create route', () => {
  for (const lang of LANGS) {
    it(`ready (${lang}): region, empty name and description, both gateway lists, BGP on`, async () => {
      const page = await loadConsolePage(MOCK_URLS.vpnConnectionCreate, { scenario: 'ready', lang });
      expect(read(page)).toEqual({
        presentation: 'route',
        region: 'cn-north-1',
        name: '',
        description: '',
        borderGateway: {
          options: gatewayNames(lang, [
            ['bgw-bj-prod', 'bgw-r3ada1'],
            ['bgw-bj-test', 'bgw-r3ada2'],
          ]),
        },
        customerGateway: {
          options: gatewayNames(lang, [
            ['idc-beijing-01', 'cgw-r3adc1'],
            ['idc-tianjin-02', 'cgw-r3adc2'],
          ]),
        },
        bgpEnabled: true,
      });
    });

    it(`no-gateways (${lang}): both gateway lists are empty (暂无数据 / No data excluded)`, async () => {
      const page = await loadConsolePage(MOCK_URLS.vpnConnectionCreate, { scenario: 'no-gateways', lang });
      const draft = read(page);
      expect(draft?.borderGateway).toEqual({ options: [] });
      expect(draft?.customerGateway).toEqual({ options: [] });
    });

    it(`unreadable (${lang}): a "--" region is absent, not guessed`, async () => {
      const page = await loadConsolePage(MOCK_URLS.vpnConnectionCreate, { scenario: 'unreadable', lang });
      const draft = read(page);
      expect(draft).toBeDefined();
      expect(draft?.region).toBeUndefined();
      expect('region' in (draft ?? {})).toBe(false);
    });
  }

  it('reads the region the page was opened for', async () => {
    for (const lang of LANGS) {
      const page = await loadConsolePage(`${MOCK_URLS.vpnConnectionCreate}?regionId=cn-east-2`, {
        scenario: 'ready',
        lang,
      });
      const draft = read(page);
      expect(draft?.region).toBe('cn-east-2');
      expect(draft?.borderGateway?.options).toEqual(gatewayNames(lang, [['bgw-sh-main', 'bgw-r3ade1']]));
    }
  });
});

describe('readVpnConnectionForm on the dialog over the list', () => {
  it('is undefined while no form is shown', async () => {
    const page = await loadConsolePage(MOCK_URLS.vpnConnectionList, { scenario: 'ready', lang: 'zh' });
    expect(readVpnConnectionForm(page.context())).toBeUndefined();
  });

  it('zh: reads what the person typed and chose in native selects', async () => {
    const page = await dialogPage('ready', 'zh');
    const dialog = page.document.querySelector('[role="dialog"]') as Element;
    (dialog.querySelector('[name="vpnConnectionName"]') as HTMLInputElement).value = '北京-IDC_主线';
    (dialog.querySelector('[name="description"]') as HTMLTextAreaElement).value = '主用线路';
    (dialog.querySelector('[name="bgwId"]') as HTMLSelectElement).value = 'bgw-r3ada1';
    (dialog.querySelector('[name="cgwId"]') as HTMLSelectElement).value = 'cgw-r3adc2';
    (dialog.querySelector('[name="bgpEnabled"]') as HTMLInputElement).checked = false;
    expect(read(page)).toEqual({
      presentation: 'dialog',
      region: 'cn-north-1',
      name: '北京-IDC_主线',
      description: '主用线路',
      borderGateway: {
        selected: 'bgw-bj-prod（bgw-r3ada1）',
        options: ['bgw-bj-prod（bgw-r3ada1）', 'bgw-bj-test（bgw-r3ada2）'],
      },
      customerGateway: {
        selected: 'idc-tianjin-02（cgw-r3adc2）',
        options: ['idc-beijing-01（cgw-r3adc1）', 'idc-tianjin-02（cgw-r3adc2）'],
      },
      bgpEnabled: false,
    });
  });

  it('en: reads the ARIA comboboxes and switch, and the region from the list page selector', async () => {
    const page = await dialogPage('coupons-lift', 'en');
    const click = (selector: string) => (page.document.querySelector(selector) as HTMLElement).click();
    click('[aria-controls="vpnc-dialog-cgw-list"]');
    click('#vpnc-dialog-cgw-list [role="option"]');
    click('[role="dialog"] [role="switch"]');
    (page.document.querySelector('[role="dialog"] [name="vpnConnectionName"]') as HTMLInputElement).value =
      'x';
    expect(read(page)).toEqual({
      presentation: 'dialog',
      region: 'cn-north-1',
      name: 'x',
      description: '',
      borderGateway: { options: ['bgw-bj-prod (bgw-c0upa1)', 'bgw-bj-test (bgw-c0upa2)'] },
      customerGateway: {
        selected: 'idc-beijing-01 (cgw-c0upc1)',
        options: ['idc-beijing-01 (cgw-c0upc1)', 'idc-tianjin-02 (cgw-c0upc2)'],
      },
      bgpEnabled: false,
    });
  });

  it('no-gateways dialog: empty lists in both languages', async () => {
    for (const lang of LANGS) {
      const draft = read(await dialogPage('no-gateways', lang));
      expect(draft?.presentation).toBe('dialog');
      expect(draft?.borderGateway).toEqual({ options: [] });
      expect(draft?.customerGateway).toEqual({ options: [] });
    }
  });
});

describe('readVpnConnectionForm on other markups', () => {
  const url = MOCK_URLS.vpnConnectionCreate;

  it('leaves out fields the form does not show (absent, not empty)', async () => {
    const page = await loadHtml(
      url,
      `<main><form><div><label for="b">边界网关</label><select id="b"><option>bgw-1</option></select></div>
       <div><label for="c">客户网关</label><select id="c"><option value="">请选择</option></select></div></form></main>`,
    );
    const draft = read(page);
    expect(draft).toEqual({
      presentation: 'route',
      borderGateway: { selected: 'bgw-1', options: ['bgw-1'] },
      customerGateway: { options: [] },
    });
    for (const key of ['region', 'name', 'description', 'bgpEnabled'])
      expect(key in (draft ?? {})).toBe(false);
  });

  it('knows only the chosen gateway when the combobox renders its options lazily', async () => {
    const page = await loadHtml(
      url,
      `<main><form><span id="l1">Border Gateway</span><div role="combobox" aria-labelledby="l1">gw-lazy</div>
       <span id="l2">Customer Gateway</span><div role="combobox" aria-labelledby="l2">Please select</div></form></main>`,
    );
    const draft = read(page);
    expect(draft?.borderGateway).toEqual({ selected: 'gw-lazy', options: ['gw-lazy'] });
    expect(draft?.customerGateway).toBeUndefined();
  });

  it('reads a label-wrapped BGP checkbox and a role=checkbox', async () => {
    const form = (bgp: string) =>
      `<main><form><label>边界网关<select></select></label><label>客户网关<select></select></label>${bgp}</form></main>`;
    const checkbox = await loadHtml(url, form('<label><input type="checkbox"> 启用BGP</label>'));
    expect(read(checkbox)?.bgpEnabled).toBe(false);
    const aria = await loadHtml(
      url,
      form(
        '<span id="b">Enable BGP</span><span role="checkbox" aria-labelledby="b" aria-checked="true"></span>',
      ),
    );
    expect(read(aria)?.bgpEnabled).toBe(true);
  });
});

describe('readVpnConnectionForm on the 2019-shaped Element UI dialog', () => {
  const url = URLS_2019.vpnList;
  const GW = ['bgw-bj-prod（bgw-r3ada1）', 'bgw-bj-test（bgw-r3ada2）'];

  it('counts the options of the hidden dropdowns inside each el-select; the region from the page bar; BGP from is-checked', async () => {
    const page = await loadHtml(
      url,
      vpnListWithDialog({
        border: elSelect({ options: GW }),
        customer: elSelect({ value: 'idc-bj-01', options: ['idc-bj-01', 'idc-tj-02'] }),
        name: 'bj-idc',
      }),
    );
    expect(read(page)).toEqual({
      presentation: 'dialog',
      region: 'cn-north-1',
      name: 'bj-idc',
      description: '',
      borderGateway: { options: GW },
      customerGateway: { selected: 'idc-bj-01', options: ['idc-bj-01', 'idc-tj-02'] },
      bgpEnabled: true,
    });
  });

  it('finds the dialog by its title span when its aria-label is only "dialog"', async () => {
    const page = await loadHtml(url, vpnListWithDialog({ title: 'span', bgp: false }));
    expect(read(page)?.bgpEnabled).toBe(false);
  });

  it.each(['无数据', '暂无数据', '暂无可用边界网关', '无匹配数据', '加载失败', 'No data'])(
    'an empty state (%s) is zero gateways',
    async (emptyText) => {
      const page = await loadHtml(url, vpnListWithDialog({ border: elSelect({ emptyText }) }));
      expect(read(page)?.borderGateway).toEqual({ options: [] });
    },
  );

  it('a loading dropdown is unknown, not zero', async () => {
    const page = await loadHtml(url, vpnListWithDialog({ border: elSelect({ emptyText: '加载中' }) }));
    expect(read(page)?.borderGateway).toBeUndefined();
  });

  it('a chosen value alone (dropdown moved to <body>, closed) proves one gateway', async () => {
    const page = await loadHtml(
      url,
      vpnListWithDialog({
        border: elSelect({ value: 'bgw-bj-prod', dropdown: 'none' }),
        customer: elSelect({ dropdown: 'none' }),
        bodyEnd: bodyDropdown(['bgw-bj-prod', 'bgw-bj-test', 'bgw-x'], false),
      }),
    );
    const draft = read(page);
    expect(draft?.borderGateway).toEqual({ selected: 'bgw-bj-prod', options: ['bgw-bj-prod'] });
    // Nothing chosen and no list of its own: unknown, never another select's options.
    expect(draft?.customerGateway).toBeUndefined();
  });

  it('counts a <body> dropdown only for the select that is open', async () => {
    const page = await loadHtml(
      url,
      vpnListWithDialog({
        border: elSelect({ dropdown: 'none', open: true }),
        customer: elSelect({ dropdown: 'none' }),
        bodyEnd: bodyDropdown(['idc-1', 'idc-2'], false) + bodyDropdown(['bgw-1', 'bgw-2'], true),
      }),
    );
    const draft = read(page);
    expect(draft?.borderGateway).toEqual({ options: ['bgw-1', 'bgw-2'] });
    expect(draft?.customerGateway).toBeUndefined();
  });

  it('does not count a <body> dropdown that cannot be tied to one select (two shown)', async () => {
    const page = await loadHtml(
      url,
      vpnListWithDialog({
        border: elSelect({ dropdown: 'none', open: true }),
        bodyEnd: bodyDropdown(['a-1'], true) + bodyDropdown(['b-1'], true),
      }),
    );
    expect(read(page)?.borderGateway).toBeUndefined();
  });

  it('an empty <body> dropdown of the open select is zero', async () => {
    const page = await loadHtml(
      url,
      vpnListWithDialog({
        border: elSelect({ dropdown: 'none', open: true }),
        bodyEnd: bodyDropdown([], true),
      }),
    );
    expect(read(page)?.borderGateway).toEqual({ options: [] });
  });

  it('is undefined while the dialog is hidden', async () => {
    const page = await loadHtml(url, vpnListWithDialog({ shown: false }));
    expect(readVpnConnectionForm(page.context())).toBeUndefined();
  });

  it('reads the create route (an el-form) with its region as segmented radio buttons', async () => {
    const page = await loadHtml(
      URLS_2019.vpnCreate,
      vpnCreateRoute({ border: elSelect({ value: 'bgw-gz-1', options: ['bgw-gz-1'] }) }),
    );
    expect(read(page)).toMatchObject({
      presentation: 'route',
      region: 'cn-south-1',
      borderGateway: { selected: 'bgw-gz-1', options: ['bgw-gz-1'] },
      customerGateway: { options: [] },
      bgpEnabled: true,
    });
  });
});

describe('readVpnConnectionForm native and ARIA empty states', () => {
  const url = MOCK_URLS.vpnConnectionCreate;
  const form = (border: string) =>
    `<main><form><label>边界网关${border}</label><label>客户网关<select><option>cgw-1</option></select></label></form></main>`;

  it.each([
    [
      'an enabled value="" option alone',
      '<select><option value="">暂无边界网关</option></select>',
      { options: [] },
    ],
    [
      'a disabled prompt alone',
      '<select><option value="" disabled selected>请选择</option></select>',
      { options: [] },
    ],
    ['no option rendered yet', '<select></select>', undefined],
    ['a loading option', '<select><option value="">加载中...</option></select>', undefined],
  ])('native select with %s', async (_what, select, expected) => {
    const page = await loadHtml(url, form(select));
    expect(read(page)?.borderGateway).toEqual(expected);
  });

  it('an ARIA combobox whose listbox holds no option and no empty text is unknown', async () => {
    const page = await loadHtml(
      url,
      form('<div role="combobox" aria-controls="l1">请选择</div><ul role="listbox" id="l1" hidden></ul>'),
    );
    expect(read(page)?.borderGateway).toBeUndefined();
  });
});

describe('parseRegion', () => {
  it.each([
    ['华北-北京', 'cn-north-1'],
    ['North China-Beijing', 'cn-north-1'],
    ['华东-上海', 'cn-east-2'],
    ['East China-Shanghai', 'cn-east-2'],
    ['华东-宿迁', 'cn-east-1'],
    ['华南-广州', 'cn-south-1'],
    ['cn-south-1', 'cn-south-1'],
    ['地域 (cn-east-2)', 'cn-east-2'],
    ['CN-NORTH-1', 'cn-north-1'],
    ['SHANGHAI', 'cn-east-2'],
  ])('%s → %s', (text, region) => {
    expect(parseRegion(text)).toBe(region);
  });

  it.each(['除华北-北京外', '非华东-上海', 'all regions except cn-north-1'])(
    'names no region in %j',
    (text) => {
      expect(parseRegion(text)).toBeUndefined();
    },
  );

  it.each(['--', '', 'Region', 'xcn-north-1x', 'cn-north-1b'])('%j → undefined', (text) => {
    expect(parseRegion(text)).toBeUndefined();
  });
});
