import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { type TunnelDraft, tunnelDraftSchema } from '../../../lib/model/draft';
import { findTunnelForm } from '../../../lib/pages';
import { isPhaseHeading, readTunnelForm } from '../../../lib/readers/vpn-tunnel-form';
import { ikeIpsecRule } from '../../../lib/rules/ike-ipsec';
import { pskFormatRule, pskShapeOf } from '../../../lib/rules/psk-format';
import { tunnelInsideCidrRule } from '../../../lib/rules/tunnel-inside-cidr';
import { tunnelQuotaRule } from '../../../lib/rules/tunnel-quota';
import {
  customerGatewayOf,
  customerIpsOf,
  type FilledTunnel,
  findConnection,
  nameOf,
  tunnelFormEntries,
  tunnelsOf,
} from '../../fixtures/console/network';
import {
  type MockLanguage,
  type MockSkin,
  vpnConnectionDetailUrl,
  vpnTunnelCreateUrl,
} from '../../fixtures/console/render';
import { type Scenario, scenarios } from '../../fixtures/console/scenarios';
import { ruleInput } from '../rules/rule-input';
import { closeOpenPages, type LoadedPage, loadConsolePage, loadHtml } from '../support/load-fixture';

afterEach(closeOpenPages);

// Each of these tests loads a page per scenario, skin and language.
const SLOW = { timeout: 60_000 };

const SKINS: MockSkin[] = ['classic', 'console-2019'];
const LANGS: MockLanguage[] = ['zh', 'en'];
const TUNNEL_SCENARIOS = Object.values(scenarios).filter((s) => s.expected.form?.kind === 'vpn-tunnel');

/** The add-tunnel form as a person reaches it: the classic route, or the 2019 dialog over the detail page. */
async function openForm(scenario: Scenario, connectionId: string, lang: MockLanguage, skin: MockSkin) {
  if (skin === 'classic') {
    return loadConsolePage(vpnTunnelCreateUrl(connectionId), { scenario: scenario.name, lang, skin });
  }
  const page = await loadConsolePage(
    vpnConnectionDetailUrl(connectionId),
    { scenario: scenario.name, lang, skin },
    { scripts: true },
  );
  (page.window as unknown as { mockConsole: { openTunnelDialog(): void } }).mockConsole.openTunnelDialog();
  return page;
}

function read(page: LoadedPage): TunnelDraft {
  const root = findTunnelForm(page.document);
  expect(root).not.toBeNull();
  const draft = readTunnelForm(page.context(), root as Element);
  expect(tunnelDraftSchema.safeParse(draft).success).toBe(true);
  return draft;
}

/** Each field as the skin shows it: classic selects show IKEv2, AES128, "ecp256 (DH19)"; 2019 the SDK's words. */
function shownFields(skin: MockSkin, lang: MockLanguage, t: FilledTunnel): Partial<TunnelDraft> {
  const classic = skin === 'classic';
  const zh = lang === 'zh';
  const algorithm = (value: string) => (classic ? value.toUpperCase() : value);
  const mode = t.ikeMode === 'main' ? (zh ? '主模式' : 'Main') : zh ? '野蛮模式' : 'Aggressive';
  const noPfs = classic ? (zh ? '关闭' : 'Off') : zh ? '不启用' : 'Disabled';
  const dpd = classic ? (t.dpd ? (zh ? '开启' : 'On') : zh ? '关闭' : 'Off') : t.dpd ? 'on' : 'off';
  return {
    cloudIp: t.cloudIp,
    customerIp: t.customerIp,
    insideCidr: t.insideCidr,
    psk: pskShapeOf(t.psk),
    ikeVersion: classic ? `IKE${t.ikeVersion}` : t.ikeVersion,
    // The 2019 form hides the mode under IKEv2: not shown, not read.
    ...(classic || t.ikeVersion === 'v1' ? { ikeMode: mode } : {}),
    ikeKeyExchange: t.ikeDhGroup,
    ikeAuth: algorithm(t.ikeAuth),
    ikeCipher: algorithm(t.ikeCipher),
    ikeSaLifeSec: String(t.ikeSaLifetimeSec),
    ikeDpdSec: dpd,
    ipsecKeyExchange: t.ipsecPfs === 'none' ? noPfs : t.ipsecPfs,
    ipsecAuth: algorithm(t.ipsecAuth),
    ipsecCipher: algorithm(t.ipsecCipher),
    ipsecSaLifeSec: String(t.ipsecSaLifetimeSec),
    ipsecSaLifebyte: String(t.ipsecSaLifetimeBytes),
    ipsecSaLifepkt: String(t.ipsecSaLifetimePackets),
  };
}

/** The whole draft a correct reader takes from the form of `connectionId` in `scenario`. */
function expectedDraft(
  scenario: Scenario,
  connectionId: string,
  lang: MockLanguage,
  skin: MockSkin,
): TunnelDraft {
  const region = scenario.regions['cn-north-1'];
  const connection = findConnection(region, connectionId);
  if (!connection) throw new Error(`${scenario.name}: no ${connectionId}`);
  const [first] = tunnelFormEntries(scenario, region, connection);
  if (!first) throw new Error(`${scenario.name}: no tunnel on the form`);
  const gateway = customerGatewayOf(region, connection);
  const common = {
    form: 'tunnel' as const,
    connectionId,
    connectionName: connection.name,
    ...shownFields(skin, lang, first),
  };
  if (skin === 'classic') {
    // The route names its connection, and its customer IP select lists the gateway's addresses; the
    // border gateway and the tunnel list are on the detail page, not here.
    return {
      ...common,
      presentation: 'route',
      customerGatewayIpCount: gateway ? customerIpsOf(gateway).length : 0,
    };
  }
  const bgw = nameOf(region.borderGateways, connection.borderGatewayId);
  return {
    ...common,
    presentation: 'dialog',
    borderGateway: `${bgw} / ${connection.borderGatewayId}`,
    existingTunnels: tunnelsOf(connection).map(({ cloudIp, customerIp, insideCidr }) => ({
      cloudIp,
      customerIp,
      insideCidr,
    })),
  };
}

describe('readTunnelForm on every tunnel scenario', SLOW, () => {
  for (const skin of SKINS) {
    for (const lang of LANGS) {
      it(`${skin} ${lang}: the first tunnel's fields as shown, the key's shape only, the connection around it`, async () => {
        expect(TUNNEL_SCENARIOS).toHaveLength(10);
        for (const scenario of TUNNEL_SCENARIOS) {
          const connectionId = scenario.forms?.tunnel?.connectionId ?? '';
          const draft = read(await openForm(scenario, connectionId, lang, skin));
          expect(draft, scenario.name).toEqual(expectedDraft(scenario, connectionId, lang, skin));
          // The key never leaves the page, in any field.
          const key = scenario.forms?.tunnel?.tunnels?.[0]?.psk;
          if (key) expect(JSON.stringify(draft)).not.toContain(key);
        }
      });
    }
  }

  it('every other network scenario: its first connection’s form as it opens, key and inside CIDR left empty', async () => {
    const others = Object.values(scenarios).filter(
      (s) => s.cnsPages === 'network' && s.expected.form?.kind !== 'vpn-tunnel',
    );
    expect(others).toHaveLength(10);
    for (const skin of SKINS) {
      for (const lang of LANGS) {
        for (const scenario of others) {
          const connectionId = scenario.regions['cn-north-1'].connections[0]?.id ?? '';
          const draft = read(await openForm(scenario, connectionId, lang, skin));
          expect(draft, `${scenario.name} ${skin} ${lang}`).toEqual(
            expectedDraft(scenario, connectionId, lang, skin),
          );
          expect(draft).toMatchObject({ insideCidr: '', psk: { length: 0, disallowed: 0 } });
        }
      }
    }
  });

  it('psk-too-long gives { length: 21 }, psk-hex-prefix the 0x prefix, psk-bad-chars two disallowed characters', async () => {
    for (const skin of SKINS) {
      for (const lang of LANGS) {
        const shape = async (name: 'psk-too-long' | 'psk-hex-prefix' | 'psk-bad-chars') =>
          read(await openForm(scenarios[name], scenarios[name].forms?.tunnel?.connectionId ?? '', lang, skin))
            .psk;
        expect(await shape('psk-too-long')).toEqual({ length: 21, disallowed: 0 });
        expect(await shape('psk-hex-prefix')).toEqual({ length: 10, disallowed: 0, reservedPrefix: '0x' });
        expect(await shape('psk-bad-chars')).toEqual({ length: 12, disallowed: 2 });
      }
    }
  });

  it('tunnel-cidr-size is the /29 as typed; ike-ipsec-lifetime the 100000 s', async () => {
    for (const skin of SKINS) {
      for (const lang of LANGS) {
        const size = scenarios['tunnel-cidr-size'];
        expect(read(await openForm(size, 'vpnc-nw0401', lang, skin)).insideCidr).toBe('169.254.1.8/29');
        const life = scenarios['ike-ipsec-lifetime'];
        expect(read(await openForm(life, 'vpnc-nw1001', lang, skin)).ikeSaLifeSec).toBe('100000');
      }
    }
  });

  it('the rules judge the drafts as each scenario says, as far as the form and the page around it show', async () => {
    for (const skin of SKINS) {
      for (const lang of LANGS) {
        for (const scenario of TUNNEL_SCENARIOS) {
          const checks = scenario.expected.form?.checks ?? {};
          const draft = read(
            await openForm(scenario, scenario.forms?.tunnel?.connectionId ?? '', lang, skin),
          );
          const input = ruleInput({}, draft);
          const where = `${scenario.name} ${skin} ${lang}`;
          expect(pskFormatRule(input).status, where).toBe(checks['psk-format']);
          expect(ikeIpsecRule(input).status, where).toBe(checks['ike-ipsec']);
          // Size and range need the form alone; overlap needs other connections' tunnels, read on their pages.
          if (scenario.name === 'tunnel-cidr-size' || scenario.name === 'tunnel-cidr-range') {
            expect(tunnelInsideCidrRule(input).status, where).toBe('fail');
          }
          // The tunnel list is on the page under the 2019 dialog; the classic route leaves it to the detail page.
          expect(tunnelQuotaRule(input).status, where).toBe(
            skin === 'classic' ? 'unknown' : checks['tunnel-quota'],
          );
        }
      }
    }
  });

  it('a connection’s first tunnels open as two groups: the draft is the first group’s tunnel', async () => {
    const scenario = scenarios['tunnel-ready'];
    for (const skin of SKINS) {
      for (const lang of LANGS) {
        const page = await openForm(scenario, 'vpnc-nw0103', lang, skin);
        const draft = read(page);
        expect(draft, `${skin} ${lang}`).toEqual(expectedDraft(scenario, 'vpnc-nw0103', lang, skin));
        expect(draft).toMatchObject({ cloudIp: '116.196.80.15', customerIp: '36.112.10.21' });
        expect(skin === 'classic' ? draft.existingTunnels : draft.existingTunnels?.length).toBe(
          skin === 'classic' ? undefined : 0,
        );
      }
    }
  });
});

describe('readTunnelForm on a page shaped like neither skin', () => {
  const URL = vpnConnectionDetailUrl('vpnc-t1');
  const KEY = 'hunter2!secret';

  /** One tunnel group as a plain table: <th> labels, ARIA comboboxes, radios, a switch, phase rows. */
  function group(n: number, cloud: string, customer: string, cidr: string): string {
    const combo = (id: string, options: string[], chosen: string) =>
      `<div role="combobox" aria-labelledby="${id}-${n}" aria-controls="${id}-${n}-list" aria-expanded="false">${chosen}</div>
      <ul role="listbox" id="${id}-${n}-list" hidden>${options.map((o) => `<li role="option" aria-selected="${o === chosen}">${o}</li>`).join('')}</ul>`;
    const row = (id: string, label: string, cell: string, attrs = '') =>
      `<tr${attrs}><th id="${id}-${n}">${label}</th><td>${cell}</td></tr>`;
    return `<table><caption>Tunnel ${n}</caption><tbody>
      ${row('cloud', 'Cloud IP', combo('cloud', ['203.0.113.1', '203.0.113.2'], cloud))}
      ${row('customer', 'Customer IP', combo('customer', ['198.51.100.1', '198.51.100.2', '198.51.100.3', '198.51.100.4'], customer))}
      ${row('cidr', 'Inside CIDR', `<input aria-labelledby="cidr-${n}" value="${cidr}">`)}
      <tr><th colspan="2">Phase 1 (IKE)</th></tr>
      ${row('key', 'Pre-Shared Key', `<input type="password" aria-labelledby="key-${n}" value="${KEY}">`)}
      ${row('ver', 'IKE Version', `<div role="radiogroup" aria-labelledby="ver-${n}"><span role="radio" aria-checked="true">v1</span><span role="radio" aria-checked="false">v2</span></div>`)}
      ${row('mode', 'Negotiation Mode', combo('mode', ['Main', 'Aggressive'], 'Aggressive'))}
      ${row('dh1', 'DH Group', combo('dh1', ['Group 14', 'Group 19'], 'Group 14'))}
      ${row('auth1', 'Authentication', combo('auth1', ['SHA1', 'SHA256'], 'SHA1'))}
      ${row('enc1', 'Encryption', combo('enc1', ['AES256', '3DES'], '3DES'))}
      ${row('life1', 'SA Lifetime (s)', `<input type="number" aria-labelledby="life1-${n}" value="28800">`)}
      ${row('dpd', 'DPD', `<button role="switch" aria-checked="false" aria-labelledby="dpd-${n}"></button>`)}
      <tr><th colspan="2">Phase 2 (IPsec)</th></tr>
      ${row('dh2', 'DH Group', combo('dh2', ['None', 'Group 14'], 'None'))}
      ${row('auth2', 'Authentication', combo('auth2', ['SHA1', 'SHA256'], 'SHA256'))}
      ${row('enc2', 'Encryption', combo('enc2', ['AES128', 'AES256'], 'AES256'))}
      ${row('life2', 'SA Lifetime (s)', `<input aria-labelledby="life2-${n}" value="1800">`)}
      ${row('bytes', 'SA Lifetime (bytes)', `<input aria-labelledby="bytes-${n}" value="0">`)}
      ${row('bw', 'Bandwidth (Mbps)', `<input aria-labelledby="bw-${n}" value="">`, ' style="display: none"')}
    </tbody></table>`;
  }

  function page(tunnelRows: string): string {
    return `<main><h1>office-link</h1>
      <table><tr><th>Connection ID</th><td>vpnc-t1</td></tr><tr><th>Connection Name</th><td>office-link</td></tr>
      <tr><th>Border Gateway</th><td>bgw-office (bgw-0001)</td></tr></table>
      <table><thead><tr><th>Cloud IP</th><th>Customer IP</th><th>Tunnel IP</th></tr></thead><tbody>${tunnelRows}</tbody></table>
    </main>
    <div role="dialog" aria-modal="true" aria-label="Add Tunnel"><form>
      ${group(1, '203.0.113.2', '198.51.100.3', ' 10.9.0.0/30 ')}${group(2, '203.0.113.1', '198.51.100.4', '10.9.0.4/30')}
      <button type="button">OK</button></form></div>`;
  }

  it('reads the first of two table groups, each phase’s own DH group, and never the key', async () => {
    const loaded = await loadHtml(URL, page('<tr><td colspan="3">No data</td></tr>'));
    const draft = read(loaded);
    expect(draft).toEqual({
      form: 'tunnel',
      presentation: 'dialog',
      connectionId: 'vpnc-t1',
      connectionName: 'office-link',
      borderGateway: 'bgw-office (bgw-0001)',
      cloudIp: '203.0.113.2',
      customerIp: '198.51.100.3',
      // The customer IP list offers four addresses: a quad-IP gateway.
      customerGatewayIpCount: 4,
      insideCidr: ' 10.9.0.0/30 ',
      psk: pskShapeOf(KEY),
      ikeVersion: 'v1',
      ikeMode: 'Aggressive',
      ikeKeyExchange: 'Group 14',
      ikeAuth: 'SHA1',
      ikeCipher: '3DES',
      ikeSaLifeSec: '28800',
      ikeDpdSec: 'off',
      ipsecKeyExchange: 'None',
      ipsecAuth: 'SHA256',
      ipsecCipher: 'AES256',
      ipsecSaLifeSec: '1800',
      ipsecSaLifebyte: '0',
      existingTunnels: [],
    });
    expect(draft.psk).toEqual({ length: 14, disallowed: 1 });
    expect(JSON.stringify(draft)).not.toContain(KEY);
    expect(JSON.stringify(draft)).not.toContain('hunter2');
    expect(ikeIpsecRule(ruleInput({}, draft)).status).toBe('pass');
  });

  it('the tunnel table’s rows, with a cell left empty', async () => {
    const loaded = await loadHtml(
      URL,
      page(
        '<tr><td>203.0.113.1</td><td>198.51.100.1</td><td>10.9.1.0/30</td></tr><tr><td>203.0.113.1</td><td>198.51.100.2</td><td>-</td></tr>',
      ),
    );
    expect(read(loaded).existingTunnels).toEqual([
      { cloudIp: '203.0.113.1', customerIp: '198.51.100.1', insideCidr: '10.9.1.0/30' },
      { cloudIp: '203.0.113.1', customerIp: '198.51.100.2' },
    ]);
  });

  it('no form in the page: findTunnelForm is null; an element that is no form gives only what is known', async () => {
    const loaded = await loadHtml(URL, '<main><h1>office-link</h1><p>暂无数据</p></main>');
    expect(findTunnelForm(loaded.document)).toBeNull();
    const draft = readTunnelForm(loaded.context(), loaded.document.querySelector('main') as Element);
    expect(draft).toEqual({ form: 'tunnel', presentation: 'route', connectionId: 'vpnc-t1' });
  });

  it('a key in a password input on a 2019 dialog never reaches the draft', async () => {
    const scenario = scenarios['psk-bad-chars'];
    const loaded = await openForm(scenario, 'vpnc-nw0901', 'zh', 'console-2019');
    const input = findTunnelForm(loaded.document)?.querySelector(
      'input[type="password"]',
    ) as HTMLInputElement;
    expect(input.value).toBe('vpn key!2026');
    const text = JSON.stringify(read(loaded));
    expect(text).not.toContain('vpn key!2026');
    expect(text).not.toContain('key!');
  });
});

describe('a phase heading', () => {
  it.each([
    ['第一阶段协商(ike)', true],
    ['第2阶段', true],
    ['phase 2 (ipsec)', true],
    ['phase1', true],
    ['ike配置', true],
    ['ipsec settings', true],
    ['ipsec', true],
    ['ike版本', false],
    ['phase 12', false],
    ['第一阶段 with more than sixteen words after', false],
    ['ipsec dh组', false],
  ])('%j → %s', (key, heading) => {
    expect(isPhaseHeading(key)).toBe(heading);
  });

  it('is what the one pattern said, a numbered phase with at most 16 characters after it', () => {
    // The pattern this replaced, whose bounded repetitions V8 took milliseconds to compile on a page.
    const pattern =
      /^(第[一二12]阶段.{0,16}|phase ?[12]\b.{0,16}|(ike|ipsec) ?(配置|设置|参数|协商|settings|configuration|parameters|negotiation)?)$/;
    const pieces = [
      '第',
      '一',
      '二',
      '1',
      '2',
      '阶段',
      '协商',
      'phase',
      ' ',
      'ike',
      'ipsec',
      '配置',
      'settings',
      'x',
      '（',
      ')',
    ];
    const key = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(key, (text) => isPhaseHeading(text) === pattern.test(text)),
      { numRuns: 2000 },
    );
  });
});
