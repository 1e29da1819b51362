import type { CheckResult } from '../model/checklist';
import type { Observation } from '../model/observation';
import { factOf, fenValue, type RuleInput, withStaleness } from './rule';

/**
 * Cash + applicable coupons against the consumption threshold. Frozen funds are not subtracted: the cash
 * figure is JD's available balance (availableAmount), which already excludes them
 * (totalAmount = available + frozen), so subtracting again would count them twice.
 * The coupons observation is taken to be the coupons that apply to VPN (the reader's job).
 */
export function fundsThresholdRule({ state, settings, now }: RuleInput): CheckResult {
  const thresholdFen = settings.thresholdFen;
  const cashObservation = state.cash;
  const cashFen = fenValue(cashObservation?.value);
  if (!cashObservation || cashFen === undefined) {
    return {
      id: 'funds-threshold',
      status: 'unknown',
      required: true,
      message: { key: 'check.funds-threshold.unknown-cash', params: { thresholdFen } },
      facts: [],
      fix: 'capital-overview',
    };
  }
  const couponsObservation = state.coupons;
  const couponsValue = fenValue(couponsObservation?.value);
  const couponsFen = couponsValue !== undefined && couponsValue >= 0 ? couponsValue : undefined;
  const cashCovers = cashFen >= thresholdFen;

  if (!couponsObservation || couponsFen === undefined) {
    if (cashCovers) {
      const result: CheckResult = {
        id: 'funds-threshold',
        status: 'pass',
        required: true,
        message: { key: 'check.funds-threshold.pass-cash', params: { cashFen, thresholdFen } },
        facts: [factOf(cashObservation)],
      };
      return withStaleness(result, [cashObservation], settings, now);
    }
    // Coupons might close the gap: not knowing them is not a failure.
    return {
      id: 'funds-threshold',
      status: 'unknown',
      required: true,
      message: {
        key: 'check.funds-threshold.unknown-coupons',
        params: { cashFen, thresholdFen, shortFen: thresholdFen - cashFen },
      },
      facts: [factOf(cashObservation)],
      fix: 'coupons',
    };
  }

  const totalFen = cashFen + couponsFen;
  const facts = [factOf(cashObservation), factOf(couponsObservation)];
  const params = { cashFen, couponsFen, totalFen, thresholdFen };
  // When cash alone covers the threshold, the coupons' age does not matter.
  const decisive: Observation[] = cashCovers ? [cashObservation] : [cashObservation, couponsObservation];
  const result: CheckResult =
    totalFen >= thresholdFen
      ? {
          id: 'funds-threshold',
          status: 'pass',
          required: true,
          message: { key: 'check.funds-threshold.pass', params },
          facts,
        }
      : {
          id: 'funds-threshold',
          status: 'fail',
          required: true,
          message: {
            key: 'check.funds-threshold.fail',
            params: { ...params, shortFen: thresholdFen - totalFen },
          },
          facts,
          fix: 'recharge',
        };
  return withStaleness(result, decisive, settings, now);
}
