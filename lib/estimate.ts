import { formOf } from './forms';
import type { FormDraft, TunnelDraft } from './model/draft';
import type { RegionPrice, Settings } from './model/settings';

export interface VpnCostEstimate {
  /** Hourly cost including the hourly share of the expected outbound traffic. */
  perHourFen: number;
  /** Daily cost: 24 hours of connection and tunnels plus one day of outbound traffic. */
  perDayFen: number;
  /** The key of settings.prices that was used (`documented` when settings hold neither region nor default). */
  priceRegion: string;
}

/** docs/jdcloud.md §1.3 list prices, only for settings that lost their `default` entry. */
const documentedPrice: RegionPrice = { connectionPerHourFen: 10, tunnelPerHourFen: 12, outboundPerGbFen: 80 };

function priceFor(
  prices: Settings['prices'],
  region: string | undefined,
): { price: RegionPrice; key: string } {
  // Object.hasOwn, so a region named like an Object.prototype member cannot pick up a function.
  if (region !== undefined && Object.hasOwn(prices, region)) {
    const price = prices[region];
    if (price) return { price, key: region };
  }
  if (Object.hasOwn(prices, 'default') && prices.default) return { price: prices.default, key: 'default' };
  return { price: documentedPrice, key: 'documented' };
}

/**
 * Rounds up to whole fen so a cost is never understated. Float noise (24 × 0.34 = 8.160000000000002)
 * is removed first, or it would add a fen that no price implies.
 */
function ceilFen(amount: number): number {
  return Math.ceil(Number(amount.toPrecision(12)));
}

/**
 * List-price estimate: connection + tunnels × tunnel per hour, plus outbound traffic per GB. `tunnels` is
 * the planned number (settings.plannedTunnels) unless a form says how many there will be.
 */
export function estimateVpnCost(
  settings: Settings,
  region: string | undefined,
  tunnels: number = settings.plannedTunnels,
): VpnCostEstimate {
  const { price, key } = priceFor(settings.prices, region);
  const occupancyPerHour = price.connectionPerHourFen + tunnels * price.tunnelPerHourFen;
  const outboundPerDay = settings.expectedOutboundGbPerDay * price.outboundPerGbFen;
  return {
    perHourFen: ceilFen(occupancyPerHour + outboundPerDay / 24),
    perDayFen: ceilFen(24 * occupancyPerHour + outboundPerDay),
    priceRegion: key,
  };
}

/** The estimate for one form, with how many tunnels it prices and where that number comes from. */
export interface FormCostEstimate extends VpnCostEstimate {
  tunnels: number;
  /**
   * `detail-page`: the tunnels the connection's detail page lists, plus the one being added;
   * `planned`: settings.plannedTunnels (the connection form, or a tunnel form whose list was not seen).
   */
  tunnelsFrom: 'detail-page' | 'planned';
}

/** A tunnel is 8 at most per connection (2 cloud IPs × 4 customer IPs, docs/jdcloud.md §1.2). */
const MAX_TUNNELS = 8;

function tunnelsAfter(
  draft: TunnelDraft,
  settings: Settings,
): Pick<FormCostEstimate, 'tunnels' | 'tunnelsFrom'> {
  const existing = draft.existingTunnels;
  if (Array.isArray(existing)) {
    return { tunnels: Math.min(existing.length + 1, MAX_TUNNELS), tunnelsFrom: 'detail-page' };
  }
  // The plan counts this tunnel too, so at least this one is priced.
  return { tunnels: Math.max(settings.plannedTunnels, 1), tunnelsFrom: 'planned' };
}

/**
 * What the form's purchase costs at list price. The connection form: the connection and the tunnels the
 * person plans. The tunnel form: the connection with its tunnels after this one (the connection and the
 * tunnels it has are billed from the same funds). The customer gateway form buys nothing billed:
 * undefined. No form: as the connection form.
 */
export function estimateForDraft(
  settings: Settings,
  draft: FormDraft | undefined,
): FormCostEstimate | undefined {
  const form = formOf(draft);
  if (form === 'customer-gateway') return undefined;
  const { tunnels, tunnelsFrom } =
    form === 'tunnel'
      ? tunnelsAfter(draft as TunnelDraft, settings)
      : { tunnels: settings.plannedTunnels, tunnelsFrom: 'planned' as const };
  return { ...estimateVpnCost(settings, draft?.region, tunnels), tunnels, tunnelsFrom };
}

/**
 * Whole days the available funds pay for. Infinity when nothing is spent; 0 when there is nothing to spend,
 * and 0 for nonsense input (NaN, negative cost) so a bad number can only cause a warning.
 */
export function runwayDays(availableFen: number, perDayFen: number): number {
  if (Number.isNaN(availableFen) || Number.isNaN(perDayFen) || perDayFen < 0) return 0;
  if (availableFen <= 0) return 0;
  if (perDayFen === 0) return Number.POSITIVE_INFINITY;
  return Math.floor(availableFen / perDayFen);
}
