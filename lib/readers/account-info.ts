import type { Reading } from '../model/observation';
import { indexLabels, type LabelIndex, type Parsed, readLabelledValue, UNTRUSTED } from './labels';
import { type Found, mainContent, type PageContext, readOverriddenOrLabelled } from './page-context';
import { REAL_NAME_LABELS, readRealNameStatus } from './real-name';
import { isPlaceholderText } from './values';

/** Labels of the login name. "账号ID" / "Account ID" is a number, not the name; 用户昵称 is a nickname. */
export const ACCOUNT_LABELS = [
  '账号名',
  '账户名',
  '用户名',
  '登录名',
  '账号名称',
  '登录账号',
  'Username',
  'User Name',
  'Account Name',
  'Login Name',
];

/** Labels of the pin (JD's system id for the account, the JD username of older accounts). */
export const PIN_LABELS = ['用户Pin', 'PIN', 'User Pin'];

/** Labels of the figures beside the name, so a missing name never borrows a neighbour's value. */
export const ACCOUNT_NEIGHBOURS = [
  '账号ID',
  '账户ID',
  'Account ID',
  '用户昵称',
  '昵称',
  'Nickname',
  '真实姓名',
  'Real Name',
  '账号类型',
  '账户类型',
  'Account Type',
  '手机号',
  '手机号码',
  'Mobile',
  'Phone',
  '邮箱',
  'Email',
  '注册时间',
  'Registered',
];

const ACCOUNT_VOCABULARY = [...ACCOUNT_LABELS, ...PIN_LABELS, ...REAL_NAME_LABELS, ...ACCOUNT_NEIGHBOURS];

const MASKED_PHONE = /^1\d{2}\*{4}\d{4}$/;

/**
 * A login name or pin as the console prints it: one token, no placeholder, and no masking except a
 * masked mobile number (`138****1234`), which phone-number accounts show as their name.
 */
export function parseAccountPin(text: string): string | undefined {
  const pin = text.trim();
  if (pin.length < 1 || pin.length > 64) return undefined;
  if (MASKED_PHONE.test(pin)) return pin;
  if (/\s|\*|＊/.test(pin) || /^[-—–_.…]+$/.test(pin)) return undefined;
  return pin;
}

/** parseAccountPin for a lookup: a placeholder or a masked name is there but untrusted, so the lookup stops. */
export function accountValue(text: string): Parsed<string> {
  const name = parseAccountPin(text);
  if (name !== undefined) return name;
  const trimmed = text.trim();
  return isPlaceholderText(trimmed) || /[*＊]/.test(trimmed) ? UNTRUSTED : undefined;
}

/** The name beside one of ACCOUNT_LABELS under `root`, or the override's. */
export function readAccountName(
  page: PageContext,
  index: LabelIndex,
  root: Element,
  vocabulary: readonly string[],
): Found<string> | undefined {
  return readOverriddenOrLabelled(page, 'account', index, root, ACCOUNT_LABELS, vocabulary, accountValue);
}

/**
 * The account page (uc.jdcloud.com/account/basic-info): the login name (账号名), the pin (用户Pin /
 * PIN (客户识别码)) and the real-name status, each found by its label.
 */
export function readAccountInfo(page: PageContext): Reading[] {
  const root = mainContent(page.document);
  if (!root) return [];
  const index = indexLabels(root);
  const readings: Reading[] = [];
  const account = readAccountName(page, index, root, ACCOUNT_VOCABULARY);
  if (account) readings.push({ field: 'account', ...account });
  const pin = readLabelledValue(index, root, PIN_LABELS, ACCOUNT_VOCABULARY, accountValue);
  if (pin) readings.push({ field: 'pin', value: pin, found: 'label' });
  const realName = readRealNameStatus(page, index, root, REAL_NAME_LABELS, ACCOUNT_VOCABULARY);
  if (realName) readings.push({ field: 'realName', ...realName });
  return readings;
}
