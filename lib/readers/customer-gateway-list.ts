/**
 * The customer gateway list: how many gateways the region has, for the quota of 10 per region. A list that
 * shows only part of them (another page, a search) gives a lower bound, and says so.
 */
import type { ListCount } from '../model/draft';
import { mainContent, type PageContext } from './page-context';
import { columnIndex, findTable, hasMorePages, isSearched } from './tables';

// Columns only the customer gateway list has among the VPN console's lists.
const GATEWAY_COLUMNS = [
  'BGP ASN',
  'ASN',
  '公网IP',
  '公网地址',
  '公网IP地址',
  'Public IP',
  'Public IPs',
  'Public IP Address',
  'Public IP Addresses',
];

/** The customer gateways the list shows, or undefined when there is no list (or it is still loading). */
export function readCustomerGatewayList(page: PageContext): ListCount | undefined {
  try {
    const root = mainContent(page.document);
    if (!root) return undefined;
    const table = findTable(root, (headers) => columnIndex(headers, GATEWAY_COLUMNS) >= 0);
    if (!table || (table.rows.length === 0 && !table.empty)) return undefined;
    return { count: table.rows.length, complete: !hasMorePages(table) && !isSearched(root) };
  } catch {
    return undefined;
  }
}
