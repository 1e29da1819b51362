/**
 * The add-tunnel form (a connection's detail page → 资源信息 → 添加隧道), as a dialog over the detail page or
 * on its own route, with what the page around it shows of the connection and its tunnels.
 */
import type { TunnelDraft } from '../model/draft';
import { isInDialog } from '../pages';
import { pskShapeOf } from '../rules/psk-format';
import { isSelectLike, readSelect, readSwitch, shownChoice, shownWithin } from './controls';
import { findLabelledControl, findLabels, type LabelIndex, valueText } from './labels';
import { labelsOf, type PageContext } from './page-context';
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
  name: TextField;
  /** Labels that name the field wherever they stand, in priority order. */
  labels: readonly string[];
  /** Labels both phases use (DH组, 认证算法, Lifetime): the field's only under its phase's heading. */
  phase?: Section;
  stems?: readonly string[];
  /** Keeps the lifetime in seconds apart from the byte and packet lifetimes, whose labels share words. */
  keep?: (key: string) => boolean;
}

const PSK_LABELS = ['预共享密钥', '共享密钥', 'Pre-shared Key', 'Preshared Key', 'PSK'];
const LIFETIME = ['SA生命周期', 'SA Lifetime', '生命周期', 'Lifetime'];
const BYTES = /字节|byte/;
const PACKETS = /包|packet|pkt/;

/**
 * A phase's field: its stem after the phase's name (IKE DH组, IPsec Authentication) anywhere in the group,
 * the stem alone under the phase's heading (DH Group under 第二阶段协商(IPsec)).
 */
function phased(name: TextField, phase: Section, stems: readonly string[], keep?: Field['keep']): Field {
  const prefix = phase === 'ike' ? 'IKE' : 'IPsec';
  const labels = stems.flatMap((stem) => [prefix + stem, `${prefix} ${stem}`]);
  return { name, labels, phase, stems, keep };
}

const seconds = (key: string) => !BYTES.test(key) && !PACKETS.test(key);
const dh = ['DH组', 'DH Group', 'PFS组', 'PFS Group', 'PFS'];
const auth = ['认证算法', 'Authentication Algorithm', 'Authentication'];
const cipher = ['加密算法', 'Encryption Algorithm', 'Encryption'];

/** The fields, in the order the form asks for them; names follow the SDK's VpnTunnelSpec. */
const FIELDS: readonly Field[] = [
  { name: 'cloudIp', labels: CLOUD_IP_LABELS },
  { name: 'customerIp', labels: CUSTOMER_IP_LABELS },
  { name: 'insideCidr', labels: INSIDE_CIDR_LABELS },
  phased('ikeVersion', 'ike', ['版本', 'Version']),
  phased('ikeMode', 'ike', ['协商模式', '模式', 'Negotiation Mode', 'Mode']),
  phased('ikeKeyExchange', 'ike', dh),
  phased('ikeAuth', 'ike', auth),
  phased('ikeCipher', 'ike', cipher),
  phased('ikeSaLifeSec', 'ike', LIFETIME),
  { name: 'ikeDpdSec', labels: ['DPD', 'Dead Peer Detection'] },
  phased('ipsecKeyExchange', 'ipsec', dh),
  phased('ipsecAuth', 'ipsec', auth),
  phased('ipsecCipher', 'ipsec', cipher),
  phased('ipsecSaLifeSec', 'ipsec', LIFETIME, seconds),
  phased('ipsecSaLifebyte', 'ipsec', LIFETIME, (key) => BYTES.test(key)),
  phased('ipsecSaLifepkt', 'ipsec', LIFETIME, (key) => PACKETS.test(key)),
  { name: 'bandwidthMbps', labels: ['带宽上限', '带宽', 'Bandwidth'] },
];

const VOCABULARY = [
  ...REGION_LABELS,
  ...PSK_LABELS,
  ...FIELDS.flatMap((field) => [...field.labels, ...(field.stems ?? [])]),
  '本端标识',
  '对端标识',
  'Local ID',
  'Remote ID',
];
const MAX_TEXT = 256;
// A heading of one phase (compared normalized): a numbered phase with a few words after it (第一阶段协商(IKE),
// Phase 2 (IPsec)), or a phase's name with one word or none (IKE配置, IPsec). A short pattern, a count and a set
// of names: the one pattern they replace, with its bounded `.{0,16}`, took about 0.4 ms to compile at its first
// uses in a page (Chrome), as did a pattern for the names alone.
const NUMBERED_PHASE = /^(第[一二12]阶段|phase ?[12]\b)/;
const MAX_AFTER_PHASE = 16;
const PHASE_WORDS = [
  '',
  '配置',
  '设置',
  '参数',
  '协商',
  'settings',
  'configuration',
  'parameters',
  'negotiation',
];
const NAMED_PHASES = new Set(
  ['ike', 'ipsec'].flatMap((name) => PHASE_WORDS.flatMap((word) => [name + word, `${name} ${word}`])),
);
const PHASE_START = new Set(['第', 'p', 'i']);
// A choice's gloss in brackets: "ecp256 (DH19)", "开启（10秒）", "On (10 s)".
const NOTE = /^(.+?)\s*[（(][^（）()]*[)）]$/;

/** Whether a label (normalized) is the heading of a phase. */
export function isPhaseHeading(key: string): boolean {
  const numbered = NUMBERED_PHASE.exec(key)?.[0];
  return numbered ? key.length - numbered.length <= MAX_AFTER_PHASE : NAMED_PHASES.has(key);
}

function phaseOf(key: string): Section | undefined {
  // Most labels start otherwise: only 第…, phase…, ike… and ipsec… are looked at further.
  if (!PHASE_START.has(key.charAt(0)) || !isPhaseHeading(key)) return undefined;
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

/**
 * What a field shows: an editable input as typed; a select's option without its note in brackets; the
 * checked radio; a switch's on or off. Never a key field: only the pre-shared key's reader, which keeps the
 * shape alone, reads one.
 */
function fieldText(control: Element, form: Element): string | undefined {
  const role = control.getAttribute('role');
  const type = control.tagName === 'INPUT' ? (control as HTMLInputElement).type : '';
  if (type === 'password' || !shownWithin(control, form)) return undefined;
  let text: string | undefined;
  if (role === 'switch' || role === 'checkbox' || type === 'checkbox') {
    const on = readSwitch(control);
    if (on !== undefined) text = on ? 'on' : 'off';
  } else if (role === 'radiogroup' || role === 'radio' || type === 'radio') {
    // Native radios sit in labels side by side: the group is the labels' parent.
    text = valueText(
      control.closest('[role="radiogroup"]') ?? control.parentElement?.parentElement ?? control,
    );
  } else if (control.tagName === 'TEXTAREA' || (type && !control.hasAttribute('readonly'))) {
    text = (control as HTMLInputElement).value;
  } else if (isSelectLike(control)) {
    text = withoutNote(shownChoice(control, form));
  }
  return text?.slice(0, MAX_TEXT);
}

function readField(
  field: Field,
  indexes: Record<Section | 'all', LabelIndex>,
  form: Element,
): string | undefined {
  const { keep, phase, stems } = field;
  const kept = (index: LabelIndex) => (keep ? within(index, (entry) => keep(entry.key)) : index);
  const control =
    findLabelledControl(kept(indexes.all), form, field.labels, VOCABULARY) ??
    (phase && stems ? findLabelledControl(kept(indexes[phase]), form, stems, VOCABULARY) : undefined);
  return control ? fieldText(control, form) : undefined;
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
    // The page around the form first: a form inside it is then a part of that one walk.
    const around = readConnectionDetail(page, root);
    const index = labelsOf(page, root);
    const group = firstGroup(index, root);
    const indexes = sectionIndexes(
      group === root ? index : within(index, (entry) => group.contains(entry.element)),
    );
    const region = readPageRegion(root, index, page, VOCABULARY);
    if (region) draft.region = region;
    // The form may name its connection (所属VPN连接); the page around it shows the rest.
    const facts = { ...around, ...connectionFacts(index, root) };

    if (facts.connectionId) draft.connectionId = facts.connectionId;
    if (facts.connectionName) draft.connectionName = facts.connectionName;
    if (facts.borderGateway) draft.borderGateway = facts.borderGateway;
    for (const field of FIELDS) {
      const text = readField(field, indexes, root);
      if (text !== undefined) draft[field.name] = text;
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
