/**
 * The VPN connection list: how many connections each border gateway carries in the region shown, for the
 * connection quota (10 per border gateway). Counts from a list that shows only part of the region's
 * connections (another page, a search) are lower bounds, and say so.
 */
import type { ResourceLists } from '../model/resource-lists';
import { labelsOf, mainContent, type PageContext } from './page-context';
import { readPageRegion } from './page-region';
import { cellPieces, columnIndex, findTable, hasMorePages, isSearched, nameAndId } from './tables';
import { isPlaceholderText } from './values';

export type ConnectionsByBorderGateway = Omit<
  NonNullable<ResourceLists['connectionsByBorderGateway']>,
  'observedAt'
>;

export interface VpnConnectionList {
  region?: string;
  connectionsByBorderGateway: ConnectionsByBorderGateway;
}

const BORDER_GATEWAY_COLUMN = [
  '边界网关',
  '边界网关名称',
  '边界网关ID',
  '边界网关名称/ID',
  'Border Gateway',
  'Border Gateway Name',
  'Border Gateway ID',
  'Border Gateway Name/ID',
];
const MAX_KEY = 256;

interface Gateway {
  name: string;
  id?: string;
}

/** A gateway cell: its name, over or beside its id. */
function gatewayOf(cell: Element): Gateway | undefined {
  const pieces = cellPieces(cell, 3).filter((piece) => !isPlaceholderText(piece));
  const [first, second] = pieces;
  if (!first) return undefined;
  const { name, id } = second ? { name: first, id: second } : nameAndId(first);
  return id ? { name: name.slice(0, MAX_KEY), id: id.slice(0, MAX_KEY) } : { name: name.slice(0, MAX_KEY) };
}

/**
 * Counts keyed by the gateway's name, which the connection form's select shows alone or before its id (the
 * quota rule matches a key to a whole part of the chosen label). Gateways that share a name are keyed by id.
 */
function countByGateway(gateways: readonly Gateway[]): Record<string, number> {
  const idsByName = new Map<string, Set<string | undefined>>();
  for (const { name, id } of gateways) idsByName.set(name, (idsByName.get(name) ?? new Set()).add(id));
  const counts: Record<string, number> = {};
  for (const { name, id } of gateways) {
    const key = (idsByName.get(name)?.size ?? 0) > 1 && id ? id : name;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/**
 * The VPN connection list on this page, or undefined when there is none (or it is still loading). An empty
 * state is no connections on any gateway; a row whose gateway cannot be read makes the counts partial.
 */
export function readVpnConnectionList(page: PageContext): VpnConnectionList | undefined {
  try {
    const root = mainContent(page.document);
    if (!root) return undefined;
    const table = findTable(root, (headers) => columnIndex(headers, BORDER_GATEWAY_COLUMN) >= 0);
    if (!table || (table.rows.length === 0 && !table.empty)) return undefined;
    const column = columnIndex(table.headers, BORDER_GATEWAY_COLUMN);
    const gateways: Gateway[] = [];
    for (const row of table.rows) {
      const cell = row[column];
      const gateway = cell ? gatewayOf(cell) : undefined;
      if (gateway) gateways.push(gateway);
    }
    const complete = gateways.length === table.rows.length && !hasMorePages(table) && !isSearched(root);
    const list: VpnConnectionList = {
      connectionsByBorderGateway: { counts: countByGateway(gateways), complete },
    };
    const region = readPageRegion(root, labelsOf(page, root), page, BORDER_GATEWAY_COLUMN);
    if (region) list.region = region;
    return list;
  } catch {
    return undefined;
  }
}
