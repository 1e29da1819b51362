/**
 * A VPN connection's detail page (the list → a connection): its id, name and border gateway from 基本信息,
 * and its tunnels from the 资源信息 tab's list, which the add-tunnel form's checks need (one tunnel per IP
 * pair, no inside CIDR twice on a border gateway).
 */
import type { ExistingTunnel } from '../model/draft';
import { DIALOGS } from '../pages';
import {
  collapse,
  findLabels,
  type LabelIndex,
  type Parsed,
  readLabelledValue,
  UNTRUSTED,
  valueCandidates,
} from './labels';
import { labelsOf, mainContent, type PageContext } from './page-context';
import { cellPieces, columnIndex, findTable, hasMorePages, nameAndId } from './tables';
import { ipCountOf, isPlaceholderText } from './values';

/** What the detail page shows of the connection; a field it does not show readably is absent. */
export interface ConnectionDetail {
  connectionId?: string;
  connectionName?: string;
  /** The border gateway as the page names it (`bgw-bj-prod（bgw-1a2b）`). */
  borderGateway?: string;
  /** How many public IPs the connection's customer gateway has, where the page says. */
  customerGatewayIpCount?: number;
  /** The tunnel list's rows; `[]` for a list shown empty; absent without a list or with rows on other pages. */
  tunnels?: ExistingTunnel[];
}

const ID_LABELS = ['VPN连接ID', '连接ID', 'ID', 'VPN Connection ID', 'Connection ID'];
const NAME_LABELS = ['VPN连接名称', '连接名称', '名称', 'VPN Connection Name', 'Connection Name', 'Name'];
/** "所属VPN连接：name（id）", as a form on its own route names its connection. */
const CONNECTION_LABELS = ['所属VPN连接', 'VPN连接', 'VPN Connection'];
const BORDER_GATEWAY_LABELS = ['边界网关', 'Border Gateway'];
const IP_COUNT_LABELS = [
  '客户网关公网IP个数',
  '公网IP个数',
  '公网地址个数',
  'Number of Public IPs',
  'Number of IPs',
];
export const CLOUD_IP_LABELS = ['云端公网IP', '云端IP', 'Cloud Public IP', 'Cloud IP'];
export const CUSTOMER_IP_LABELS = [
  '客户网关公网IP',
  '客户网关IP',
  '客户端公网IP',
  'Customer Gateway Public IP',
  'Customer Gateway IP',
  'Customer IP',
];
export const INSIDE_CIDR_LABELS = [
  '隧道IP',
  '隧道内网IP',
  '隧道内网地址',
  'Tunnel IP',
  'Inside CIDR',
  'Inside IP',
];
const VOCABULARY = [
  ...ID_LABELS,
  ...NAME_LABELS,
  ...CONNECTION_LABELS,
  ...BORDER_GATEWAY_LABELS,
  ...IP_COUNT_LABELS,
  ...CLOUD_IP_LABELS,
  ...CUSTOMER_IP_LABELS,
  ...INSIDE_CIDR_LABELS,
  '状态',
  'Status',
  '客户网关',
  'Customer Gateway',
];
// Labels are never links, buttons or menu entries, and a dialog's labels are its form's, not the page's.
const NOT_PAGE_LABELS = `a, button, nav, [role="navigation"], [role="menubar"], [role="menu"], ${DIALOGS}`;
const MAX_TEXT = 256;
const PATH_ID = /\/vpnconnection\/detail\/([^/?#]+)/i;

/** A shown text as a value: a placeholder (`--`) stops the lookup, nothing else is judged here. */
export function shownText(text: string): Parsed<string> {
  if (!text) return undefined;
  if (isPlaceholderText(text)) return UNTRUSTED;
  return text.slice(0, MAX_TEXT);
}

/** The page's own labels: not the menus', links', an open dialog's or those of the form `except`. */
function pageLabels(page: PageContext, root: Element, except: Element | undefined): LabelIndex {
  return {
    entries: labelsOf(page, root).entries.filter(
      (entry) => !except?.contains(entry.element) && !entry.element.closest(NOT_PAGE_LABELS),
    ),
  };
}

function idFromAddress(document: Document): string | undefined {
  try {
    const raw = PATH_ID.exec(document.location?.pathname ?? '')?.[1];
    return raw ? decodeURIComponent(raw).slice(0, MAX_TEXT) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A value shown as a link and nothing else (a gateway's name linking to its page): the link's words. The
 * label lookup leaves links out, which beside a value are actions (编辑, 查看).
 */
function linkedValue(index: LabelIndex, root: Element, labels: readonly string[]): string | undefined {
  for (const hit of findLabels(index, labels)) {
    let tried = 0;
    for (const candidate of valueCandidates(hit, root, VOCABULARY)) {
      if (typeof candidate === 'string' || tried++ >= 3) break;
      const link = candidate.tagName === 'A' ? candidate : candidate.querySelector('a');
      const text = collapse(link?.textContent);
      if (!text || text !== collapse(candidate.textContent)) continue;
      const value = shownText(text);
      return typeof value === 'string' ? value : undefined;
    }
  }
  return undefined;
}

/** The connection's id, name and border gateway as `index` (labels under `root`) shows them. */
export function connectionFacts(index: LabelIndex, root: Element): ConnectionDetail {
  const read = (labels: readonly string[]) => readLabelledValue(index, root, labels, VOCABULARY, shownText);
  const facts: ConnectionDetail = {};
  const named = read(CONNECTION_LABELS);
  const ofConnection = named ? nameAndId(named) : undefined;
  const id = read(ID_LABELS) ?? ofConnection?.id;
  // An id is one word; anything longer is not the id.
  if (id && !/\s/.test(id)) facts.connectionId = id;
  const name = read(NAME_LABELS) ?? ofConnection?.name;
  if (name) facts.connectionName = name;
  const borderGateway = read(BORDER_GATEWAY_LABELS) ?? linkedValue(index, root, BORDER_GATEWAY_LABELS);
  if (borderGateway) facts.borderGateway = borderGateway;
  const ipCount = readLabelledValue(index, root, IP_COUNT_LABELS, VOCABULARY, ipCountOf);
  if (ipCount) facts.customerGatewayIpCount = ipCount;
  return facts;
}

function cell(row: readonly Element[], column: number): string | undefined {
  const element = column >= 0 ? row[column] : undefined;
  const text = element ? cellPieces(element, 2).join(' ') : '';
  return text && !isPlaceholderText(text) ? text.slice(0, MAX_TEXT) : undefined;
}

/**
 * The connection's tunnel list: the table headed by the cloud IP and customer IP columns, on the page or on
 * a hidden tab pane. `[]` when it shows its empty state; undefined when it is not there, still loading, or
 * has rows on other pages (a partial list would undercount).
 */
export function readTunnelTable(root: ParentNode): ExistingTunnel[] | undefined {
  const table = findTable(
    root,
    (headers) => columnIndex(headers, CLOUD_IP_LABELS) >= 0 && columnIndex(headers, CUSTOMER_IP_LABELS) >= 0,
  );
  if (!table || (table.rows.length === 0 && !table.empty) || hasMorePages(table)) return undefined;
  const columns = {
    cloudIp: columnIndex(table.headers, CLOUD_IP_LABELS),
    customerIp: columnIndex(table.headers, CUSTOMER_IP_LABELS),
    insideCidr: columnIndex(table.headers, INSIDE_CIDR_LABELS),
  };
  return table.rows.slice(0, 64).map((row) => {
    const tunnel: ExistingTunnel = {};
    for (const key of ['cloudIp', 'customerIp', 'insideCidr'] as const) {
      const value = cell(row, columns[key]);
      if (value !== undefined) tunnel[key] = value;
    }
    return tunnel;
  });
}

/**
 * What a connection's detail page shows of it and its tunnels; an open dialog's fields are not the page's,
 * nor are those of the form `except` (a form on its own route: the page around it).
 */
export function readConnectionDetail(page: PageContext, except?: Element): ConnectionDetail {
  const root = mainContent(page.document);
  if (!root) return {};
  const detail = connectionFacts(pageLabels(page, root, except), root);
  const fromAddress = detail.connectionId ? undefined : idFromAddress(page.document);
  if (fromAddress) detail.connectionId = fromAddress;
  const tunnels = readTunnelTable(root);
  if (tunnels) detail.tunnels = tunnels;
  return detail;
}
