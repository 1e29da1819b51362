import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameFormatRule } from '../../../lib/rules/name-format';
import { draftWith, gatewayDraftWith, ruleInput, tunnelDraftWith } from './rule-input';

function judge(name: string | undefined) {
  return nameFormatRule(ruleInput({}, draftWith({ name })));
}

const allowedCharacters = [...'abcxyzABCXYZ0123456789_-京东云边界网关客户连接𠀀𪚥'];

describe('nameFormatRule', () => {
  it('passes Chinese, letters, digits, _ and -', () => {
    expect(judge('京东云-VPN_01')).toEqual({
      id: 'name-format',
      status: 'pass',
      required: true,
      message: { key: 'check.name-format.pass', params: { length: 10, max: 32 } },
      facts: [],
    });
  });

  it('passes 32 characters and fails 33, counting code points', () => {
    expect(judge('a'.repeat(32)).status).toBe('pass');
    expect(judge('a'.repeat(33))).toMatchObject({
      status: 'fail',
      message: { key: 'check.name-format.too-long', params: { length: 33, max: 32 } },
    });
    // 32 characters outside the BMP: 64 UTF-16 units, still 32 characters.
    expect(judge('𠀀'.repeat(32))).toMatchObject({ status: 'pass', message: { params: { length: 32 } } });
    expect(judge('𠀀'.repeat(33)).status).toBe('fail');
  });

  it('fails characters outside the rule and names them', () => {
    expect(judge('vpn.office')).toMatchObject({
      status: 'fail',
      message: { key: 'check.name-format.invalid', params: { chars: '.' } },
    });
    expect(judge('办公室，北京').message.params).toEqual({ chars: '，' });
    expect(judge('ＶＰＮ').message.params).toEqual({ chars: 'Ｖ Ｐ Ｎ' });
    expect(judge('my vpn').message.params).toEqual({ chars: '␣' });
    expect(judge('vpn😀').message.params).toEqual({ chars: '😀' });
  });

  it('asks for a name when it is empty (a warning: the form is simply not filled in yet)', () => {
    expect(judge('')).toMatchObject({
      status: 'warn',
      message: { key: 'check.name-format.empty', params: { max: 32 } },
    });
  });

  it('is unknown when the name was not read, or there is no form', () => {
    expect(judge(undefined)).toMatchObject({
      status: 'unknown',
      message: { key: 'check.name-format.unknown' },
    });
    expect(nameFormatRule(ruleInput({}, undefined))).toMatchObject({
      status: 'unknown',
      message: { key: 'check.name-format.no-form' },
    });
  });

  it('judges the customer gateway’s name by the same rule, and no name on the tunnel form', () => {
    expect(nameFormatRule(ruleInput({}, gatewayDraftWith({ name: '办公室-cgw_1' }))).status).toBe('pass');
    expect(nameFormatRule(ruleInput({}, gatewayDraftWith({ name: 'cgw.office' }))).status).toBe('fail');
    expect(nameFormatRule(ruleInput({}, tunnelDraftWith())).message.key).toBe('check.name-format.no-form');
  });

  it('passes any 1–32 allowed characters (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...allowedCharacters), { minLength: 1, maxLength: 32 }),
        (characters) => {
          expect(judge(characters.join('')).status).toBe('pass');
        },
      ),
    );
  });

  it('fails any name with a character outside the rule (property)', () => {
    const allowed = /^[\p{Script=Han}A-Za-z0-9_-]$/u;
    const outsider = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 1 })
      .filter((c) => [...c].some((p) => !allowed.test(p)));
    const part = fc.array(fc.constantFrom(...allowedCharacters), { maxLength: 10 }).map((a) => a.join(''));
    fc.assert(
      fc.property(part, outsider, part, (before, bad, after) => {
        expect(judge(`${before}${bad}${after}`)).toMatchObject({
          status: 'fail',
          message: { key: 'check.name-format.invalid' },
        });
      }),
    );
  });
});
