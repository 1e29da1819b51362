import type { CheckResult, CheckStatus } from '../model/checklist';
import type { PskShape } from '../model/draft';
import { type RuleInput, tunnelDraftOf } from './rule';

const ID = 'psk-format';

/** The SDK's VpnTunnelSpec.psk: digits, letters, `_` and `-`, at most 20, not starting `0x` or `0s`. */
export const PSK_MAX_LENGTH = 20;
const allowedCharacter = /^[A-Za-z0-9_-]$/;

/** What a reader sends for the key it read: its shape, so the key stays on the page. */
export function pskShapeOf(key: string): PskShape {
  const characters = [...key];
  const disallowed = characters.filter((character) => !allowedCharacter.test(character)).length;
  const prefix = key.slice(0, 2);
  return prefix === '0x' || prefix === '0s'
    ? { length: characters.length, disallowed, reservedPrefix: prefix }
    : { length: characters.length, disallowed };
}

function result(status: CheckStatus, key: string, params: Record<string, string | number> = {}): CheckResult {
  return { id: ID, status, required: true, message: { key: `check.${ID}.${key}`, params }, facts: [] };
}

function countOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/**
 * The pre-shared key as the SDK allows it. An empty field passes: the console generates a key. The
 * messages never quote the key, only how it breaks the rule.
 */
export function pskFormatRule({ draft }: RuleInput): CheckResult {
  const tunnel = tunnelDraftOf(draft);
  if (!tunnel) return result('unknown', 'no-form');
  const shape: unknown = tunnel.psk;
  const length = countOf((shape as PskShape | undefined)?.length);
  const disallowed = countOf((shape as PskShape | undefined)?.disallowed);
  if (typeof shape !== 'object' || shape === null || length === undefined || disallowed === undefined) {
    return result('unknown', 'unknown');
  }
  const max = PSK_MAX_LENGTH;
  if (length === 0) return result('pass', 'generated');
  if (disallowed > 0) return result('fail', 'invalid', { count: disallowed });
  if (length > max) return result('fail', 'too-long', { length, max });
  const prefix: unknown = (shape as PskShape).reservedPrefix;
  if (prefix === '0x' || prefix === '0s') return result('fail', 'prefix', { prefix });
  return result('pass', 'pass', { length, max });
}
