import { describe, expect, it } from 'vitest';
import type { ResourceLists } from '../../../lib/model/resource-lists';
import { connectionQuotaRule, countForGateway } from '../../../lib/rules/connection-quota';
import {
  draftWith,
  gatewayDraftWith,
  HOUR,
  listsWith,
  NOW,
  ruleInput,
  settingsWith,
  tunnelDraftWith,
} from './rule-input';

function judge(
  lists: ResourceLists | undefined,
  /** The chosen border gateway; null for none. */
  selected: string | null = 'bgw-main',
  region = 'cn-north-1',
) {
  const options = ['bgw-main', 'bgw-edge'];
  const borderGateway = selected === null ? { options } : { selected, options };
  const draft = draftWith({ region, borderGateway });
  return connectionQuotaRule(ruleInput({}, draft, settingsWith(), NOW, undefined, lists));
}

describe('connectionQuotaRule', () => {
  it('passes while the chosen border gateway has fewer than 10 connections', () => {
    expect(judge(listsWith({ 'bgw-main': 9 }))).toEqual({
      id: 'connection-quota',
      status: 'pass',
      required: true,
      message: { key: 'check.connection-quota.pass', params: { gateway: 'bgw-main', count: 9, limit: 10 } },
      facts: [],
    });
  });

  it('warns at 10 with how to ask for more by ticket, since JD raises this quota on request', () => {
    expect(judge(listsWith({ 'bgw-main': 10 }))).toEqual({
      id: 'connection-quota',
      status: 'warn',
      required: true,
      message: { key: 'check.connection-quota.over', params: { gateway: 'bgw-main', count: 10, limit: 10 } },
      facts: [],
      fix: 'quota-ticket',
    });
  });

  it('counts only the chosen gateway', () => {
    expect(judge(listsWith({ 'bgw-main': 2, 'bgw-edge': 10 })).status).toBe('pass');
    expect(judge(listsWith({ 'bgw-main': 2, 'bgw-edge': 10 }), 'bgw-edge').status).toBe('warn');
  });

  it('counts a gateway the list does not name as none when the list is complete', () => {
    expect(judge(listsWith({ 'bgw-edge': 4 }))).toMatchObject({
      status: 'pass',
      message: { key: 'check.connection-quota.pass-all', params: { count: 4, limit: 10 } },
    });
    expect(judge(listsWith({}))).toMatchObject({ status: 'pass', message: { params: { count: 0 } } });
  });

  it('passes without a gateway chosen when no gateway in the region is full', () => {
    expect(judge(listsWith({ 'bgw-main': 9, 'bgw-edge': 3 }), null)).toMatchObject({
      status: 'pass',
      message: { key: 'check.connection-quota.pass-all', params: { count: 9, limit: 10 } },
    });
  });

  it('is unknown, not required, when some gateway is full and the chosen one is not known', () => {
    for (const selected of [null, '', 'bgw-unlisted']) {
      expect(judge(listsWith({ 'bgw-main': 10 }), selected)).toEqual({
        id: 'connection-quota',
        status: 'unknown',
        required: false,
        message: { key: 'check.connection-quota.choose', params: { count: 10, limit: 10 } },
        facts: [],
      });
    }
  });

  it('warns from a partial list that already reaches the quota, and is unknown below it', () => {
    expect(judge(listsWith({ 'bgw-main': 10 }, { complete: false }))).toMatchObject({
      status: 'warn',
      message: { key: 'check.connection-quota.over-partial' },
      fix: 'quota-ticket',
    });
    expect(judge(listsWith({ 'bgw-main': 9 }, { complete: false }))).toEqual({
      id: 'connection-quota',
      status: 'unknown',
      required: false,
      message: {
        key: 'check.connection-quota.partial',
        params: { gateway: 'bgw-main', count: 9, limit: 10 },
      },
      facts: [],
      fix: 'vpn-connections',
    });
    expect(judge(listsWith({ 'bgw-edge': 3 }, { complete: false }))).toMatchObject({
      status: 'unknown',
      required: false,
      message: { key: 'check.connection-quota.partial', params: { count: 3 } },
    });
  });

  it('is unknown, not required, without the list of the form’s region', () => {
    const unknown = {
      id: 'connection-quota',
      status: 'unknown',
      required: false,
      message: { key: 'check.connection-quota.unknown', params: { limit: 10 } },
      facts: [],
      fix: 'vpn-connections',
    };
    expect(judge(undefined)).toEqual(unknown);
    expect(judge({ region: 'cn-north-1' })).toEqual(unknown);
    expect(judge(listsWith({ 'bgw-main': 1 }, {}, 'cn-east-2'))).toEqual(unknown);
    expect(judge(listsWith({ 'bgw-main': 1 }), 'bgw-main', '')).toEqual(unknown);
  });

  it('is unknown, not required, without a connection form', () => {
    for (const draft of [undefined, tunnelDraftWith(), gatewayDraftWith()]) {
      expect(connectionQuotaRule(ruleInput({}, draft, settingsWith(), NOW, undefined, listsWith()))).toEqual({
        id: 'connection-quota',
        status: 'unknown',
        required: false,
        message: { key: 'check.connection-quota.no-form', params: { limit: 10 } },
        facts: [],
      });
    }
  });

  it('turns a pass from an old list into a warning with refresh advice; a full gateway stays a warning', () => {
    const old = (count: number) => listsWith({ 'bgw-main': count }, { observedAt: NOW - 24 * HOUR - 1 });
    expect(judge(listsWith({ 'bgw-main': 1 }, { observedAt: NOW - 24 * HOUR })).status).toBe('pass');
    expect(judge(old(1))).toMatchObject({
      status: 'warn',
      message: { key: 'check.connection-quota.pass.stale', params: { ageHours: 24, count: 1 } },
      fix: 'vpn-connections',
    });
    expect(judge(old(10))).toMatchObject({ status: 'warn', message: { key: 'check.connection-quota.over' } });
    const future = listsWith({ 'bgw-main': 1 }, { observedAt: NOW + HOUR });
    expect(judge(future).status).toBe('warn');
  });

  it('skips counts that are not whole numbers', () => {
    const corrupt = listsWith({ 'bgw-main': Number.NaN, 'bgw-edge': -1 } as Record<string, number>);
    expect(judge(corrupt)).toMatchObject({
      status: 'pass',
      message: { key: 'check.connection-quota.pass-all' },
    });
  });
});

describe('countForGateway', () => {
  const counts = new Map([
    ['bgw-1a2b', 4],
    ['office', 7],
    ['bgw-1', 2],
  ]);

  it('matches the label, a whole part of it, or a key the label is a whole part of', () => {
    expect(countForGateway('bgw-1a2b', counts)).toBe(4);
    expect(countForGateway(' office ', counts)).toBe(7);
    expect(countForGateway('main (bgw-1a2b)', counts)).toBe(4);
    expect(countForGateway('bgw-1', new Map([['branch (bgw-1)', 5]]))).toBe(5);
  });

  it('never matches part of a word, and gives up when two keys match', () => {
    expect(countForGateway('bgw-10', counts)).toBeUndefined();
    expect(countForGateway('offices', counts)).toBeUndefined();
    expect(countForGateway('office bgw-1', counts)).toBeUndefined();
  });
});
