import { estimateForDraft, estimateVpnCost, runwayDays } from '../estimate';
import type { CheckResult } from '../model/checklist';
import { unidentifiedAccountResult } from './account-bound';
import { type Cash, type Coupons, type Debt, fundsThatCount } from './funds';
import { factOf, type RuleInput, withStaleness } from './rule';

const ID = 'funds-runway';

function debtResult(debt: Debt, { settings, now }: RuleInput): CheckResult {
  const result: CheckResult = {
    id: ID,
    status: 'warn',
    required: false,
    message: { key: `check.${ID}.arrears`, params: { arrearsFen: debt.fen } },
    facts: [factOf(debt.observation)],
    fix: 'recharge',
  };
  return withStaleness(result, [debt.observation], settings, now);
}

function unknownResult(key: string, fix: CheckResult['fix'], facts: CheckResult['facts']): CheckResult {
  return { id: ID, status: 'unknown', required: false, message: { key }, facts, ...(fix ? { fix } : {}) };
}

/** Days the cash (and the coupons that apply, when known) pay for at list price. */
function judgeRunway(cash: Cash, coupons: Coupons | undefined, input: RuleInput): CheckResult {
  const { draft, settings, now } = input;
  // The tunnel form prices the connection with its tunnels after this one; a form that buys nothing
  // billed never runs this check, but would be priced as a connection.
  const { perDayFen, perHourFen, priceRegion } =
    estimateForDraft(settings, draft) ?? estimateVpnCost(settings, draft?.region);
  const warnDays = settings.runwayWarnDays;
  const availableFen = coupons ? cash.fen + coupons.fen : cash.fen;
  const days = runwayDays(availableFen, perDayFen);
  const facts = coupons
    ? [factOf(cash.observation), factOf(coupons.observation)]
    : [factOf(cash.observation)];
  // Coupons are decisive only when cash alone would not last (written as `>=` so NaN lands on the warning side).
  const decisive =
    coupons && !(runwayDays(cash.fen, perDayFen) >= warnDays)
      ? [cash.observation, coupons.observation]
      : [cash.observation];
  const judged = (result: CheckResult) => withStaleness(result, decisive, settings, now);

  if (days === Number.POSITIVE_INFINITY) {
    // Infinity does not survive JSON messaging, so "never runs out" gets its own message without `days`.
    const params = { availableFen, perDayFen, perHourFen, priceRegion };
    return judged({
      id: ID,
      status: 'pass',
      required: false,
      message: { key: `check.${ID}.no-cost`, params },
      facts,
    });
  }
  const params = { days, perDayFen, perHourFen, availableFen, warnDays, priceRegion };
  const variant = `${coupons ? '' : '-cash'}${cash.weak ? '-weak' : ''}`;
  if (days >= warnDays) {
    return judged({
      id: ID,
      status: 'pass',
      required: false,
      message: { key: `check.${ID}.pass${variant}`, params },
      facts,
    });
  }
  return judged({
    id: ID,
    status: 'warn',
    required: false,
    message: { key: `check.${ID}.warn${variant}`, params },
    facts,
    fix: coupons ? 'recharge' : 'coupons',
  });
}

/**
 * Days the funds pay for this VPN at list price (lib/estimate.ts estimateForDraft), counting the same funds as funds-threshold
 * (lib/rules/funds.ts). Optional: it warns, it never blocks. Without coupons, cash alone is a lower bound:
 * enough days pass, too few warn (with the coupons page as the fix) rather than stay unknown, because a
 * warning is all this check can ever give.
 */
export function fundsRunwayRule(input: RuleInput): CheckResult {
  const funds = fundsThatCount(input);
  switch (funds.kind) {
    case 'no-account':
      return unidentifiedAccountResult(ID, input.state, false);
    case 'debt':
      return debtResult(funds.debt, input);
    case 'denied':
      return unknownResult(`check.${ID}.denied`, 'options', [factOf(funds.observation)]);
    case 'no-cash':
      return unknownResult(`check.${ID}.unknown-cash`, 'capital-overview', []);
    case 'known':
      return judgeRunway(funds.cash, funds.coupons, input);
  }
}
