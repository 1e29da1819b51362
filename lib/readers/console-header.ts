import type { Reading } from '../model/observation';
import { ACCOUNT_LABELS, readAccountPin } from './account-info';
import type { PageContext } from './page-context';

const SIGN_OUT = /^(退出登录|退出|注销|sign out|log out|logout|sign off)$/i;
const SIGN_IN = /^(登录|立即登录|请登录|sign in|log in|login)$/i;
const HEADER_VOCABULARY = [...ACCOUNT_LABELS, '账号ID', 'Account ID', '实名认证', 'Real-name Verification'];

/** The console's top bar: the first <header> or role=banner element. */
export function findConsoleHeader(document: Document): Element | null {
  return document.querySelector('header, [role="banner"]');
}

function controlTexts(header: Element): string[] {
  return Array.from(header.querySelectorAll('a, button, [role="menuitem"], [role="button"]'))
    .slice(0, 80)
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/**
 * The header every signed-in console page carries: signed in when it offers "退出登录" / "Sign Out",
 * signed out when it offers only "登录" / "Sign In"; the pin from its labelled account menu.
 */
export function readConsoleHeader(page: PageContext): Reading[] {
  const header = findConsoleHeader(page.document);
  if (!header) return [];
  const texts = controlTexts(header);
  const canSignOut = texts.some((text) => SIGN_OUT.test(text));
  const canSignIn = texts.some((text) => SIGN_IN.test(text));
  const readings: Reading[] = [];
  if (canSignOut) readings.push({ field: 'signedIn', value: true, found: 'inference' });
  else if (canSignIn) readings.push({ field: 'signedIn', value: false, found: 'inference' });
  if (!canSignIn || canSignOut) {
    const account = readAccountPin(page, header, HEADER_VOCABULARY);
    if (account) readings.push({ field: 'account', value: account, found: 'label' });
  }
  return readings;
}
