import { estimateVpnCost, runwayDays } from '../estimate';
import type { CheckResult } from '../model/checklist';
import type { Observation } from '../model/observation';
import { factOf, fenValue, type RuleInput, withStaleness } from './rule';

/**
 * Days the funds pay for this VPN at list price. Optional: it warns, it never blocks.
 * Without coupons, cash alone is a lower bound: enough days pass, too few warn (with the coupons page
 * as the fix) rather than stay unknown, because a warning is all this check can ever give.
 */
export function fundsRunwayRule({ state, draft, settings, now }: RuleInput): CheckResult {
  const cashObservation = state.cash;
  const cashFen = fenValue(cashObservation?.value);
  if (!cashObservation || cashFen === undefined) {
    return {
      id: 'funds-runway',
      status: 'unknown',
      required: false,
      message: { key: 'check.funds-runway.unknown-cash' },
      facts: [],
      fix: 'capital-overview',
    };
  }
  const { perDayFen, perHourFen, priceRegion } = estimateVpnCost(settings, draft?.region);
  const warnDays = settings.runwayWarnDays;
  const couponsObservation = state.coupons;
  const couponsValue = fenValue(couponsObservation?.value);
  const couponsFen = couponsValue !== undefined && couponsValue >= 0 ? couponsValue : undefined;
  const withCoupons = couponsObservation !== undefined && couponsFen !== undefined;

  const availableFen = withCoupons ? cashFen + couponsFen : cashFen;
  const days = runwayDays(availableFen, perDayFen);
  // Written as `>=` so a NaN setting lands on the warning side.
  const enough = days >= warnDays;
  const decisive: Observation[] =
    withCoupons && !(runwayDays(cashFen, perDayFen) >= warnDays)
      ? [cashObservation, couponsObservation]
      : [cashObservation];
  const facts = withCoupons
    ? [factOf(cashObservation), factOf(couponsObservation)]
    : [factOf(cashObservation)];

  let result: CheckResult;
  if (days === Number.POSITIVE_INFINITY) {
    // Infinity does not survive JSON messaging, so "never runs out" gets its own message without `days`.
    result = {
      id: 'funds-runway',
      status: 'pass',
      required: false,
      message: {
        key: 'check.funds-runway.no-cost',
        params: { availableFen, perDayFen, perHourFen, priceRegion },
      },
      facts,
    };
  } else {
    const params = { days, perDayFen, perHourFen, availableFen, warnDays, priceRegion };
    const variant = withCoupons ? '' : '-cash';
    result = enough
      ? {
          id: 'funds-runway',
          status: 'pass',
          required: false,
          message: { key: `check.funds-runway.pass${variant}`, params },
          facts,
        }
      : {
          id: 'funds-runway',
          status: 'warn',
          required: false,
          message: { key: `check.funds-runway.warn${variant}`, params },
          facts,
          fix: withCoupons ? 'recharge' : 'coupons',
        };
  }
  return withStaleness(result, decisive, settings, now);
}
