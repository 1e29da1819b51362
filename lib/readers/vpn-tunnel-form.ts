/**
 * The add-tunnel form (a connection's detail page → 资源信息 → 添加隧道), as a dialog over the detail page or
 * on its own route, with what the page around it shows of the connection and its tunnels.
 */
import type { TunnelDraft } from '../model/draft';
import { isInDialog } from '../pages';
import { pskShapeOf } from '../rules/psk-format';
import { isSelectLike, readSelect, readSwitch, shownChoice, shownWithin } from './controls';
import { findLabelledControl, findLabels, indexLabels, type LabelIndex, valueText } from './labels';
import type { PageContext } from './page-context';
import { REGION_LABELS, readPageRegion } from './page-region';
import {
  CLOUD_IP_LABELS,
  CUSTOMER_IP_LABELS,
  connectionFacts,
  INSIDE_CIDR_LABELS,
  readConnectionDetail,
} from './vpn-connection-detail';

type Section = 'ike' | 'ipsec';
type TextField = Exclude<
  keyof TunnelDraft,
  | 'form'
  | 'presentation'
  | 'region'
  | 'connectionId'
  | 'connectionName'
  | 'borderGateway'
  | 'customerGatewayIpCount'
  | 'psk'
  | 'existingTunnels'
  | 'borderGatewayTunnelCidrs'
>;

interface Field {
  /** Labels that name this field wherever they stand, in priority order. */
  labels: readonly string[];
  /** Labels both phases use (DH组, 认证算法, Lifetime): this field's only under its phase's heading. */
  inSection?: readonly string[];
  section?: Section;
  /** `choice`: the text a select, radios or switch shows, without a note in brackets; `text`: as typed. */
  kind: 'choice' | 'text';
  /** Keeps the lifetime in seconds apart from the byte and packet lifetimes, whose labels share words. */
  only?: RegExp;
  not?: RegExp;
}

const PSK_LABELS = ['预共享密钥', '共享密钥', 'Pre-shared Key', 'Preshared Key', 'PSK'];
const DH = ['DH组', 'DH Group', 'DH分组', 'Diffie-Hellman Group', 'PFS组', 'PFS Group'];
const AUTH = ['认证算法', 'Authentication Algorithm', 'Authentication', 'Hash Algorithm'];
const CIPHER = ['加密算法', 'Encryption Algorithm', 'Encryption', 'Cipher'];
const LIFETIME = ['SA生命周期', 'SA Lifetime', '生命周期', 'Lifetime'];
const BYTES = /字节|byte/;
const PACKETS = /包|packet|pkt/;
const BYTES_OR_PACKETS = /字节|byte|包|packet|pkt/;

/** The fields, in the order the form asks for them; names follow the SDK's VpnTunnelSpec. */
const FIELDS: Record<TextField, Field> = {
  cloudIp: { labels: CLOUD_IP_LABELS, kind: 'choice' },
  customerIp: { labels: CUSTOMER_IP_LABELS, kind: 'choice' },
  insideCidr: { labels: INSIDE_CIDR_LABELS, kind: 'text' },
  ikeVersion: {
    labels: ['IKE版本', 'IKE Version'],
    inSection: ['版本', 'Version'],
    section: 'ike',
    kind: 'choice',
  },
  ikeMode: {
    labels: ['IKE协商模式', 'IKE模式', 'IKE Mode', 'IKE Negotiation Mode'],
    inSection: ['协商模式', 'Negotiation Mode', '模式', 'Mode'],
    section: 'ike',
    kind: 'choice',
  },
  ikeKeyExchange: {
    labels: ['IKE DH组', 'IKE DH Group', 'IKE DH'],
    inSection: DH,
    section: 'ike',
    kind: 'choice',
  },
  ikeAuth: {
    labels: ['IKE认证算法', 'IKE Authentication Algorithm', 'IKE Authentication'],
    inSection: AUTH,
    section: 'ike',
    kind: 'choice',
  },
  ikeCipher: {
    labels: ['IKE加密算法', 'IKE Encryption Algorithm', 'IKE Encryption'],
    inSection: CIPHER,
    section: 'ike',
    kind: 'choice',
  },
  ikeSaLifeSec: {
    labels: ['IKE SA生命周期', 'IKE SA Lifetime', 'IKE生命周期', 'IKE Lifetime'],
    inSection: LIFETIME,
    section: 'ike',
    kind: 'text',
  },
  ikeDpdSec: { labels: ['DPD', 'DPD检测', '死端检测', 'Dead Peer Detection'], kind: 'choice' },
  ipsecKeyExchange: {
    labels: ['IPsec DH组', 'IPsec DH Group', 'IPsec PFS组', 'IPsec PFS Group', 'IPsec PFS', 'PFS'],
    inSection: DH,
    section: 'ipsec',
    kind: 'choice',
  },
  ipsecAuth: {
    labels: ['IPsec认证算法', 'IPsec Authentication Algorithm', 'IPsec Authentication'],
    inSection: AUTH,
    section: 'ipsec',
    kind: 'choice',
  },
  ipsecCipher: {
    labels: ['IPsec加密算法', 'IPsec Encryption Algorithm', 'IPsec Encryption'],
    inSection: CIPHER,
    section: 'ipsec',
    kind: 'choice',
  },
  ipsecSaLifeSec: {
    labels: ['IPsec SA生命周期', 'IPsec SA Lifetime', 'IPsec生命周期', 'IPsec Lifetime'],
    inSection: LIFETIME,
    section: 'ipsec',
    kind: 'text',
    not: BYTES_OR_PACKETS,
  },
  ipsecSaLifebyte: {
    labels: ['IPsec SA生命周期', 'IPsec SA Lifetime', 'IPsec生命周期', 'IPsec Lifetime'],
    inSection: LIFETIME,
    section: 'ipsec',
    kind: 'text',
    only: BYTES,
  },
  ipsecSaLifepkt: {
    labels: ['IPsec SA生命周期', 'IPsec SA Lifetime', 'IPsec生命周期', 'IPsec Lifetime'],
    inSection: LIFETIME,
    section: 'ipsec',
    kind: 'text',
    only: PACKETS,
  },
  bandwidthMbps: { labels: ['带宽上限', '带宽', 'Bandwidth'], kind: 'text' },
};

const VOCABULARY = [
  ...REGION_LABELS,
  ...PSK_LABELS,
  ...Object.values(FIELDS).flatMap((field) => [...field.labels, ...(field.inSection ?? [])]),
  '本端标识',
  '对端标识',
  'Local ID',
  'Remote ID',
];
const MAX_TEXT = 256;
// A heading of one phase: 第一阶段协商(IKE), Phase 2 (IPsec), IKE配置, IPsec (compared normalized).
const PHASE_HEADING =
  /^(第[一二12]阶段.{0,16}|phase ?[12]\b.{0,16}|(ike|ipsec) ?(配置|设置|参数|协商|settings|configuration|parameters|negotiation)?)$/;
// A choice's gloss in brackets: "ecp256 (DH19)", "开启（10秒）", "On (10 s)".
const NOTE = /^(.+?)\s*[（(][^（）()]*[)）]$/;
const CONTROLS_OF_CHOICE = 'input[type="radio"], [role="radio"]';

function phaseOf(key: string): Section | undefined {
  if (!PHASE_HEADING.test(key)) return undefined;
  if (/第[二2]阶段|phase ?2|ipsec/.test(key)) return 'ipsec';
  return 'ike';
}

function within(index: LabelIndex, keep: (entry: LabelIndex['entries'][number]) => boolean): LabelIndex {
  return { entries: index.entries.filter(keep) };
}

/**
 * The first tunnel's part of the form. A connection's first tunnels open as two (or four) groups in one
 * form, one per IP pair, each asking the same fields again; a TunnelDraft holds one tunnel, so it is the
 * first group's. The group is the largest part of the form holding one cloud IP field. With one group, the
 * whole form.
 */
function firstGroup(index: LabelIndex, form: Element): Element {
  const hits = findLabels(index, CLOUD_IP_LABELS).map((hit) => hit.element);
  if (hits.length < 2) return form;
  const [first] = hits.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  const others = hits.filter((hit) => hit !== first);
  let group = first as Element;
  for (let parent = group.parentElement; parent && parent !== form; parent = parent.parentElement) {
    if (others.some((other) => parent?.contains(other))) break;
    group = parent;
  }
  return group;
}

/** The group's labels, and each phase's: entries after a phase heading belong to it until the next one. */
function sectionIndexes(index: LabelIndex): Record<Section | 'all', LabelIndex> {
  const phases: Record<Section, LabelIndex['entries'][number][]> = { ike: [], ipsec: [] };
  let phase: Section | undefined;
  for (const entry of index.entries) {
    const heading = phaseOf(entry.key);
    if (heading) phase = heading;
    else if (phase) phases[phase].push(entry);
  }
  return { all: index, ike: { entries: phases.ike }, ipsec: { entries: phases.ipsec } };
}

function withoutNote(text: string): string {
  return NOTE.exec(text)?.[1] ?? text;
}

/** The radio group a radio belongs to: its radiogroup, or the nearest ancestor holding its siblings. */
function radioGroup(radio: Element, form: Element): Element {
  const group = radio.closest('[role="radiogroup"]');
  if (group) return group;
  let current = radio;
  for (let parent = current.parentElement; parent && parent !== form; parent = parent.parentElement) {
    current = parent;
    if (parent.querySelectorAll(CONTROLS_OF_CHOICE).length > 1) break;
  }
  return current;
}

/** What a control shows as a choice: a select's option, the checked radio, a switch's on or off. */
function choiceOf(control: Element, form: Element): string | undefined {
  const role = control.getAttribute('role');
  const type = control.tagName === 'INPUT' ? (control as HTMLInputElement).type : '';
  if (role === 'switch' || role === 'checkbox' || type === 'checkbox') {
    const on = readSwitch(control);
    return on === undefined ? undefined : on ? 'on' : 'off';
  }
  if (role === 'radiogroup') return valueText(control);
  if (role === 'radio' || type === 'radio') return valueText(radioGroup(control, form));
  if (!isSelectLike(control)) return undefined;
  return withoutNote(shownChoice(control, form));
}

function fieldText(control: Element | undefined, form: Element, kind: Field['kind']): string | undefined {
  if (!control || !shownWithin(control, form)) return undefined;
  // A key field is read by the pre-shared key's reader alone, which keeps only its shape.
  if (control.tagName === 'INPUT' && (control as HTMLInputElement).type === 'password') return undefined;
  const typed =
    control.tagName === 'TEXTAREA' || (control.tagName === 'INPUT' && !control.hasAttribute('readonly'));
  const text =
    kind === 'text' && typed && (control as HTMLInputElement).type !== 'checkbox'
      ? (control as HTMLInputElement).value
      : choiceOf(control, form);
  return text?.slice(0, MAX_TEXT);
}

function readField(
  field: Field,
  indexes: Record<Section | 'all', LabelIndex>,
  form: Element,
): string | undefined {
  const keep = (entry: LabelIndex['entries'][number]) =>
    (!field.only || field.only.test(entry.key)) && !field.not?.test(entry.key);
  const lookups: [LabelIndex, readonly string[]][] = [[within(indexes.all, keep), field.labels]];
  if (field.section && field.inSection) lookups.push([within(indexes[field.section], keep), field.inSection]);
  for (const [index, labels] of lookups) {
    const control = findLabelledControl(index, form, labels, VOCABULARY);
    if (control) return fieldText(control, form, field.kind);
  }
  return undefined;
}

/** How many IPs the customer gateway has, from the customer IP select when its list is in the page. */
function customerIpCount(indexes: Record<Section | 'all', LabelIndex>, form: Element): number | undefined {
  const control = findLabelledControl(indexes.all, form, CUSTOMER_IP_LABELS, VOCABULARY);
  const listed = readSelect(control, form)?.listed?.length;
  // The select lists the gateway's addresses: 1, 2 or 4 of them; any other number is not that list.
  return listed === 1 || listed === 2 || listed === 4 ? listed : undefined;
}

/**
 * The add-tunnel form in `root` as filled so far. Each field the form does not show readably is absent;
 * the pre-shared key is sent as its shape only, never as the key.
 */
export function readTunnelForm(page: PageContext, root: Element): TunnelDraft {
  const draft: TunnelDraft = { form: 'tunnel', presentation: isInDialog(root) ? 'dialog' : 'route' };
  try {
    const index = indexLabels(root);
    const group = firstGroup(index, root);
    const indexes = sectionIndexes(
      group === root ? index : within(index, (entry) => group.contains(entry.element)),
    );
    const region = readPageRegion(root, index, page.document, VOCABULARY);
    if (region) draft.region = region;
    // The form may name its connection (所属VPN连接); the page around it shows the rest.
    const around = readConnectionDetail(page);
    const facts = { ...around, ...connectionFacts(index, root) };
    if (facts.connectionId) draft.connectionId = facts.connectionId;
    if (facts.connectionName) draft.connectionName = facts.connectionName;
    if (facts.borderGateway) draft.borderGateway = facts.borderGateway;
    for (const [name, field] of Object.entries(FIELDS) as [TextField, Field][]) {
      const text = readField(field, indexes, root);
      if (text !== undefined) draft[name] = text;
    }
    const key = findLabelledControl(indexes.all, root, PSK_LABELS, VOCABULARY);
    if (key?.tagName === 'INPUT' && shownWithin(key, root))
      draft.psk = pskShapeOf((key as HTMLInputElement).value);
    const ipCount = facts.customerGatewayIpCount ?? customerIpCount(indexes, root);
    if (ipCount) draft.customerGatewayIpCount = ipCount;
    if (around.tunnels) draft.existingTunnels = around.tunnels;
  } catch {
    // A DOM this code does not expect leaves the rest of the draft unknown.
  }
  return draft;
}
