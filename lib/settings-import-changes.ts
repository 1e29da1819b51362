import type { Message } from './model/checklist';
import type { SelectorOverrideField, Settings, TaughtField, TaughtScope } from './model/settings';

/*
 * What an imported settings file would weaken, compared with the settings it replaces. A settings file is
 * easy to pass around, and one that turns the guard off or lowers a threshold can make an unready purchase
 * look ready: the options page lists these changes and asks before applying them. Changes that only make
 * the extension stricter (or say nothing about protection, such as prices) are not listed.
 */

export type WeakerSetting =
  | { kind: 'guardMode'; from: Settings['guardMode']; to: Settings['guardMode'] }
  | { kind: 'threshold'; fromFen: number; toFen: number }
  /** The threshold that applies to the account, its own or the general one, is lower. */
  | { kind: 'accountThreshold'; account: string; fromFen: number; toFen: number }
  /** Older values pass as current. */
  | { kind: 'staleAfterHours'; from: number; to: number }
  | { kind: 'runwayWarnDays'; from: number; to: number }
  /** Coupons of this product line now count towards VPN. */
  | { kind: 'couponProductLine'; line: string }
  | { kind: 'selectorOverride'; field: SelectorOverrideField; change: 'added' | 'changed'; selector: string }
  | { kind: 'taughtLocator'; scope: TaughtScope; field: TaughtField; change: 'added' | 'changed' };

// How much a submit is held back, from nothing to everything.
const GUARD_STRENGTH: Record<Settings['guardMode'], number> = { off: 0, warn: 1, block: 2 };

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function accountThresholds(stored: Settings, imported: Settings): WeakerSetting[] {
  const names = new Set([
    ...Object.keys(stored.thresholdByAccount),
    ...Object.keys(imported.thresholdByAccount),
  ]);
  const changes: WeakerSetting[] = [];
  for (const account of [...names].sort()) {
    const fromFen = own(stored.thresholdByAccount, account) ?? stored.thresholdFen;
    const toFen = own(imported.thresholdByAccount, account) ?? imported.thresholdFen;
    if (toFen < fromFen) changes.push({ kind: 'accountThreshold', account, fromFen, toFen });
  }
  return changes;
}

function selectorOverrides(stored: Settings, imported: Settings): WeakerSetting[] {
  const changes: WeakerSetting[] = [];
  for (const [field, selector] of Object.entries(imported.selectorOverrides) as [
    SelectorOverrideField,
    string,
  ][]) {
    const before = own(stored.selectorOverrides, field);
    if (before === selector) continue;
    changes.push({
      kind: 'selectorOverride',
      field,
      change: before === undefined ? 'added' : 'changed',
      selector,
    });
  }
  return changes;
}

function taughtLocators(stored: Settings, imported: Settings): WeakerSetting[] {
  const place = (entry: { scope: string; field: string }) => `${entry.scope}/${entry.field}`;
  const before = new Map(stored.taughtLocators.map((entry) => [place(entry), JSON.stringify(entry.locator)]));
  const changes: WeakerSetting[] = [];
  for (const entry of imported.taughtLocators) {
    const was = before.get(place(entry));
    if (was === JSON.stringify(entry.locator)) continue;
    changes.push({
      kind: 'taughtLocator',
      scope: entry.scope,
      field: entry.field,
      change: was === undefined ? 'added' : 'changed',
    });
  }
  return changes;
}

/** Every way `imported` protects less than `stored`; empty when it weakens nothing. */
export function weakerSettings(stored: Settings, imported: Settings): WeakerSetting[] {
  const changes: WeakerSetting[] = [];
  if (GUARD_STRENGTH[imported.guardMode] < GUARD_STRENGTH[stored.guardMode]) {
    changes.push({ kind: 'guardMode', from: stored.guardMode, to: imported.guardMode });
  }
  if (imported.thresholdFen < stored.thresholdFen) {
    changes.push({ kind: 'threshold', fromFen: stored.thresholdFen, toFen: imported.thresholdFen });
  }
  changes.push(...accountThresholds(stored, imported));
  if (imported.staleAfterHours > stored.staleAfterHours) {
    changes.push({ kind: 'staleAfterHours', from: stored.staleAfterHours, to: imported.staleAfterHours });
  }
  if (imported.runwayWarnDays < stored.runwayWarnDays) {
    changes.push({ kind: 'runwayWarnDays', from: stored.runwayWarnDays, to: imported.runwayWarnDays });
  }
  for (const [line, covers] of Object.entries(imported.couponProductLines)) {
    if (covers && own(stored.couponProductLines, line) !== true)
      changes.push({ kind: 'couponProductLine', line });
  }
  changes.push(...selectorOverrides(stored, imported), ...taughtLocators(stored, imported));
  return changes;
}

/** One change in words: a catalog key with its params (terms name other catalog phrases). */
export function weakerSettingMessage(change: WeakerSetting): Message {
  switch (change.kind) {
    case 'guardMode':
      return {
        key: 'import.weaker.guardMode',
        params: { fromTerm: `options.guard.${change.from}`, toTerm: `options.guard.${change.to}` },
      };
    case 'threshold':
      return { key: 'import.weaker.threshold', params: { fromFen: change.fromFen, toFen: change.toFen } };
    case 'accountThreshold':
      return {
        key: 'import.weaker.accountThreshold',
        params: { account: change.account, fromFen: change.fromFen, toFen: change.toFen },
      };
    case 'staleAfterHours':
    case 'runwayWarnDays':
      return { key: `import.weaker.${change.kind}`, params: { from: change.from, to: change.to } };
    case 'couponProductLine':
      return { key: 'import.weaker.couponProductLine', params: { line: change.line } };
    case 'selectorOverride':
      return {
        key: `import.weaker.selectorOverride.${change.change}`,
        params: { fieldTerm: `options.selectors.${change.field}`, selector: change.selector },
      };
    case 'taughtLocator':
      return {
        key: `import.weaker.taughtLocator.${change.change}`,
        params: {
          fieldTerm: `options.selectors.${change.field}`,
          scopeTerm: change.scope === 'console' ? 'options.taught.everyPage' : `page.${change.scope}`,
        },
      };
  }
}
