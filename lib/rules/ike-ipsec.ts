import type { CheckResult, CheckStatus } from '../model/checklist';
import type { TunnelDraft } from '../model/draft';
import { type RuleInput, tunnelDraftOf } from './rule';

const ID = 'ike-ipsec';

type Field =
  | 'ikeVersion'
  | 'ikeMode'
  | 'ikeKeyExchange'
  | 'ikeCipher'
  | 'ikeAuth'
  | 'ikeDpdSec'
  | 'ikeSaLifeSec'
  | 'ipsecCipher'
  | 'ipsecAuth'
  | 'ipsecKeyExchange'
  | 'ipsecSaLifeSec'
  | 'ipsecSaLifepkt'
  | 'ipsecSaLifebyte'
  | 'bandwidthMbps';

type Allowed = { kind: 'choice'; values: readonly string[] } | { kind: 'range'; min: number; max: number };

const DH_GROUPS = ['modp1024', 'modp1536', 'modp2048', 'ecp256', 'ecp384'] as const;
const HASHES = ['sha1', 'sha256', 'sha384'] as const;

/**
 * The values the SDK's VpnTunnelSpec allows (jdcloud-sdk-python services/bgw/models/VpnTunnelSpec.py;
 * docs/jdcloud.md §1.4), in the order the form asks for them.
 */
export const TUNNEL_PARAMETERS: Readonly<Record<Field, Allowed>> = {
  ikeVersion: { kind: 'choice', values: ['v1', 'v2'] },
  ikeMode: { kind: 'choice', values: ['main', 'aggressive'] },
  ikeKeyExchange: { kind: 'choice', values: DH_GROUPS },
  ikeCipher: { kind: 'choice', values: ['aes128', 'aes192', 'aes256', '3des'] },
  ikeAuth: { kind: 'choice', values: HASHES },
  ikeDpdSec: { kind: 'choice', values: ['0', '10'] },
  ikeSaLifeSec: { kind: 'range', min: 60, max: 86_400 },
  ipsecCipher: { kind: 'choice', values: ['aes128', 'aes192', 'aes256'] },
  ipsecAuth: { kind: 'choice', values: HASHES },
  ipsecKeyExchange: { kind: 'choice', values: ['null', ...DH_GROUPS] },
  ipsecSaLifeSec: { kind: 'range', min: 60, max: 86_400 },
  ipsecSaLifepkt: { kind: 'range', min: 0, max: 100_000_000 },
  ipsecSaLifebyte: { kind: 'range', min: 0, max: 107_374_182_400 },
  bandwidthMbps: { kind: 'range', min: 1, max: 1500 },
};

const FIELDS = Object.keys(TUNNEL_PARAMETERS) as Field[];

/** IKE DH groups by their RFC numbers, as consoles often label them ("DH group 14"). */
const dhGroupByNumber: Record<string, string> = {
  '2': 'modp1024',
  '5': 'modp1536',
  '14': 'modp2048',
  '19': 'ecp256',
  '20': 'ecp384',
};

/** Words a form may show for "no PFS" and for a DPD switch. */
const noPfs = new Set(['null', 'none', 'off', 'disable', 'disabled', '关闭', '不启用', '无', '不开启']);
const switchedOn = new Set(['on', 'enable', 'enabled', '开启', '启用']);
const switchedOff = new Set(['off', 'disable', 'disabled', '关闭', '不启用']);
const modeWords: Record<string, string> = { 主模式: 'main', 野蛮模式: 'aggressive', 积极模式: 'aggressive' };

/** The form's text as an SDK value: case, spaces, `-`, `_` and a DH group's number do not matter. */
function normalized(field: Field, text: string): string {
  let value = text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
  if (field === 'ikeVersion') value = value.replace(/^ike/, '').replace(/^(\d)$/, 'v$1');
  if (field === 'ikeMode') value = modeWords[value] ?? value;
  if (field === 'ikeAuth' || field === 'ipsecAuth') value = value.replace(/^hmac/, '');
  if (field === 'ikeKeyExchange' || field === 'ipsecKeyExchange') {
    if (field === 'ipsecKeyExchange' && noPfs.has(value)) return 'null';
    const group = /^(?:dh)?(?:group)?(\d+)$/.exec(value)?.[1];
    if (group !== undefined) value = dhGroupByNumber[group] ?? value;
  }
  if (field === 'ikeDpdSec') {
    if (switchedOn.has(value)) return '10';
    if (switchedOff.has(value)) return '0';
    value = value.replace(/(?:s|秒)$/, '');
  }
  return value;
}

/** Page text in a message, cut short: it is shown, never trusted. */
function shown(text: string): string {
  const characters = [...text.trim()];
  return characters.length > 40 ? `${characters.slice(0, 40).join('')}…` : characters.join('');
}

type Finding =
  | { kind: 'ok' }
  | { kind: 'empty'; field: Field }
  | { kind: 'invalid'; field: Field; value: string; allowed: readonly string[] }
  | { kind: 'range'; field: Field; value: string; min: number; max: number };

/** The bandwidth limit is optional and has no default: empty means no limit. */
const mayBeEmpty: ReadonlySet<Field> = new Set<Field>(['bandwidthMbps']);

function judgeField(field: Field, text: string): Finding {
  if (text.trim() === '') return mayBeEmpty.has(field) ? { kind: 'ok' } : { kind: 'empty', field };
  const allowed = TUNNEL_PARAMETERS[field];
  if (allowed.kind === 'choice') {
    return allowed.values.includes(normalized(field, text))
      ? { kind: 'ok' }
      : { kind: 'invalid', field, value: shown(text), allowed: allowed.values };
  }
  const digits = text.trim();
  // Whole numbers only; more than 15 digits cannot be in any range here and would lose precision.
  const number = /^\d{1,15}$/.test(digits) ? Number(digits) : Number.NaN;
  return number >= allowed.min && number <= allowed.max
    ? { kind: 'ok' }
    : { kind: 'range', field, value: shown(text), min: allowed.min, max: allowed.max };
}

function result(status: CheckStatus, key: string, params: Record<string, string | number> = {}): CheckResult {
  return { id: ID, status, required: true, message: { key: `check.${ID}.${key}`, params }, facts: [] };
}

const term = (field: Field) => `term.tunnel.${field}`;

/**
 * Every IKE and IPsec value the form shows is one the SDK allows, lifetimes in range. The IKE mode only
 * counts under IKEv1 (IKEv2 ignores it). A field the form does not show keeps the console's default, which
 * is allowed; with none read at all the check is unknown. The first value out of bounds is named: a
 * wrong one fails, an empty one warns.
 */
export function ikeIpsecRule({ draft }: RuleInput): CheckResult {
  const tunnel = tunnelDraftOf(draft);
  if (!tunnel) return result('unknown', 'no-form');
  const read = FIELDS.map((field) => ({ field, text: (tunnel as TunnelDraft)[field] })).filter(
    (entry): entry is { field: Field; text: string } => typeof entry.text === 'string',
  );
  if (read.length === 0) return result('unknown', 'unknown');
  const version = read.find((entry) => entry.field === 'ikeVersion');
  const ikeV2 = version !== undefined && normalized('ikeVersion', version.text) === 'v2';
  const judged = read.filter((entry) => !(ikeV2 && entry.field === 'ikeMode'));
  const findings = judged.map((entry) => judgeField(entry.field, entry.text));

  const wrong = findings.find((finding) => finding.kind === 'invalid' || finding.kind === 'range');
  if (wrong?.kind === 'invalid') {
    return result('fail', 'invalid', {
      fieldTerm: term(wrong.field),
      value: wrong.value,
      allowed: wrong.allowed.join(', '),
    });
  }
  if (wrong?.kind === 'range') {
    return result('fail', 'range', {
      fieldTerm: term(wrong.field),
      value: wrong.value,
      min: wrong.min,
      max: wrong.max,
    });
  }
  const empty = findings.find((finding) => finding.kind === 'empty');
  if (empty?.kind === 'empty') return result('warn', 'empty', { fieldTerm: term(empty.field) });
  return result('pass', 'pass', { checked: judged.length });
}
