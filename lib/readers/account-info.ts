import type { Reading } from '../model/observation';
import { indexLabels } from './labels';
import { mainContent, type PageContext, readOverriddenOrLabelled } from './page-context';
import { REAL_NAME_LABELS, readRealNameStatus } from './real-name';

/** Labels of the JD Cloud pin (login name). "账号ID" / "Account ID" is a number, not the pin. */
export const ACCOUNT_LABELS = [
  '账号名',
  '账户名',
  '用户名',
  '登录名',
  '账号名称',
  'Username',
  'User Name',
  'Account Name',
  'Login Name',
  'User Pin',
  'Pin',
];

const ACCOUNT_VOCABULARY = [
  ...ACCOUNT_LABELS,
  ...REAL_NAME_LABELS,
  '账号ID',
  'Account ID',
  '手机号',
  'Mobile',
  '邮箱',
  'Email',
  '注册时间',
  'Registered',
];

/** A pin as the console prints it: one token, no masking, no placeholder. */
export function parseAccountPin(text: string): string | undefined {
  const pin = text.trim();
  if (pin.length < 1 || pin.length > 64) return undefined;
  if (/\s|\*/.test(pin) || /^[-—–_.…]+$/.test(pin)) return undefined;
  return pin;
}

/** The pin next to one of ACCOUNT_LABELS under `root`, or the override's, or undefined. */
export function readAccountPin(
  page: PageContext,
  root: Element,
  vocabulary: readonly string[],
): string | undefined {
  return readOverriddenOrLabelled(
    page,
    'account',
    indexLabels(root),
    root,
    ACCOUNT_LABELS,
    vocabulary,
    parseAccountPin,
  );
}

/** The account page (uc.jdcloud.com/account/basic-info): the pin and the real-name status. */
export function readAccountInfo(page: PageContext): Reading[] {
  const root = mainContent(page.document);
  if (!root) return [];
  const readings: Reading[] = [];
  const account = readAccountPin(page, root, ACCOUNT_VOCABULARY);
  if (account) readings.push({ field: 'account', value: account, found: 'label' });
  const realName = readRealNameStatus(page, root, ACCOUNT_VOCABULARY);
  if (realName) readings.push({ field: 'realName', value: realName, found: 'label' });
  return readings;
}
