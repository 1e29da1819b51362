import type { CheckResult } from '../model/checklist';
import type { AccountState } from '../model/observation';
import type { Settings } from '../model/settings';
import { unidentifiedAccountResult } from './account-bound';
import { type Cash, type Coupons, type Debt, fundsThatCount } from './funds';
import { factOf, fenValue, type RuleInput, withStaleness } from './rule';

const ID = 'funds-threshold';

export interface Threshold {
  fen: number;
  /** Names the threshold in the row (a catalog term): the one set for this account, or the general one. */
  term: 'term.threshold.account' | 'term.threshold.default';
}

/** The threshold set for the state's account in settings.thresholdByAccount, else settings.thresholdFen. */
export function thresholdFor(settings: Settings, state: AccountState): Threshold {
  // The name the account's values are kept under (the options list it so), not the one a page last showed.
  const account: unknown = state.account?.account ?? state.account?.value;
  const byAccount = settings.thresholdByAccount ?? {};
  if (typeof account === 'string' && Object.hasOwn(byAccount, account)) {
    const fen = fenValue(byAccount[account]);
    if (fen !== undefined && fen >= 0) return { fen, term: 'term.threshold.account' };
  }
  return { fen: settings.thresholdFen, term: 'term.threshold.default' };
}

type Params = Record<string, string | number>;

function thresholdParams(threshold: Threshold): Params {
  return { thresholdFen: threshold.fen, thresholdTerm: threshold.term };
}

function debtResult(debt: Debt, threshold: Threshold, { settings, now }: RuleInput): CheckResult {
  const result: CheckResult = {
    id: ID,
    status: 'fail',
    required: true,
    message: { key: `check.${ID}.arrears`, params: { arrearsFen: debt.fen, ...thresholdParams(threshold) } },
    facts: [factOf(debt.observation)],
    fix: 'recharge',
  };
  return withStaleness(result, [debt.observation], settings, now);
}

function unknownResult(key: string, params: Params, fix: CheckResult['fix'], facts: CheckResult['facts']) {
  const result: CheckResult = { id: ID, status: 'unknown', required: true, message: { key, params }, facts };
  return fix ? { ...result, fix } : result;
}

/** Cash known, coupons never read: cash alone may pass; short of the threshold, the coupons may close the gap. */
function judgeCashAlone(cash: Cash, threshold: Threshold, { settings, now }: RuleInput): CheckResult {
  const weak = cash.weak ? '-weak' : '';
  const params = { cashFen: cash.fen, ...thresholdParams(threshold) };
  const facts = [factOf(cash.observation)];
  if (cash.fen >= threshold.fen) {
    const result: CheckResult = {
      id: ID,
      status: 'pass',
      required: true,
      message: { key: `check.${ID}.pass-cash${weak}`, params },
      facts,
    };
    return withStaleness(result, [cash.observation], settings, now);
  }
  return unknownResult(
    `check.${ID}.unknown-coupons${weak}`,
    { ...params, shortFen: threshold.fen - cash.fen },
    'coupons',
    facts,
  );
}

/** Cash and coupons known: pass, fail, or unknown while unmapped coupons could make the difference. */
function judgeWithCoupons(cash: Cash, coupons: Coupons, threshold: Threshold, input: RuleInput): CheckResult {
  const weak = cash.weak ? '-weak' : '';
  const totalFen = cash.fen + coupons.fen;
  const params = { cashFen: cash.fen, couponsFen: coupons.fen, totalFen, ...thresholdParams(threshold) };
  const facts = [factOf(cash.observation), factOf(coupons.observation)];
  // When cash alone covers the threshold, the coupons' age does not matter.
  const decisive = cash.fen >= threshold.fen ? [cash.observation] : [cash.observation, coupons.observation];
  const judged = (result: CheckResult) => withStaleness(result, decisive, input.settings, input.now);
  if (totalFen >= threshold.fen) {
    return judged({
      id: ID,
      status: 'pass',
      required: true,
      message: { key: `check.${ID}.pass${weak}`, params },
      facts,
    });
  }
  const short = { ...params, shortFen: threshold.fen - totalFen };
  const { unanswered } = coupons;
  if (unanswered.fen === 0) {
    return judged({
      id: ID,
      status: 'fail',
      required: true,
      message: { key: `check.${ID}.fail${weak}`, params: short },
      facts,
      fix: 'recharge',
    });
  }
  const named = { ...short, unmappedFen: unanswered.fen, lines: unanswered.lines };
  if (totalFen + unanswered.fen >= threshold.fen) {
    return unknownResult(`check.${ID}.unmapped${weak}`, named, 'coupon-product-lines', facts);
  }
  return judged({
    id: ID,
    status: 'fail',
    required: true,
    message: { key: `check.${ID}.fail-unmapped${weak}`, params: named },
    facts,
    fix: 'recharge',
  });
}

/**
 * Cash + the coupons that apply to this purchase against the consumption threshold (lib/rules/funds.ts
 * says which funds count). Frozen funds are not subtracted: the cash figure is JD's available amount,
 * which already excludes them. A debt fails; an unidentified account, unread cash and unmapped coupons
 * that could make the difference are unknown, each with what to do.
 */
export function fundsThresholdRule(input: RuleInput): CheckResult {
  const funds = fundsThatCount(input);
  const threshold = thresholdFor(input.settings, input.state);
  switch (funds.kind) {
    case 'no-account':
      return unidentifiedAccountResult(ID, input.state, true);
    case 'debt':
      return debtResult(funds.debt, threshold, input);
    case 'denied':
      return unknownResult(`check.${ID}.denied`, thresholdParams(threshold), 'options', [
        factOf(funds.observation),
      ]);
    case 'no-cash':
      return unknownResult(`check.${ID}.unknown-cash`, thresholdParams(threshold), 'capital-overview', []);
    case 'known':
      return funds.coupons
        ? judgeWithCoupons(funds.cash, funds.coupons, threshold, input)
        : judgeCashAlone(funds.cash, threshold, input);
  }
}
