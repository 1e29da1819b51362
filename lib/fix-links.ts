import type { Language } from './i18n';
import type { FixLink } from './model/checklist';

const docs = (language: Language, page: string) =>
  `https://docs.jdcloud.com/${language === 'zh-CN' ? 'cn' : 'en'}/vpn/${page}`;

/** Fixes made on the extension's own pages: fixLinkUrl gives a path relative to the extension's root. */
const extensionPageLinks: ReadonlySet<FixLink> = new Set<FixLink>(['options', 'coupon-product-lines']);

/**
 * Whether fixLinkUrl gives a path inside the extension (`options.html…`) rather than an absolute URL: the UI
 * resolves it (runtime.getURL) or opens the options page itself, since a console page cannot link to it.
 */
export function isExtensionPageLink(link: FixLink): boolean {
  return extensionPageLinks.has(link);
}

/** Where each fix happens in the JD Cloud console or docs, or on the extension's options page. */
export function fixLinkUrl(link: FixLink, language: Language): string {
  switch (link) {
    case 'recharge':
      return 'https://uc.jdcloud.com/cost/capital/recharge';
    case 'capital-overview':
      return 'https://uc.jdcloud.com/cost/capital/capital-overview';
    case 'coupons':
      // Not in JD Cloud's docs ("Cost → Coupon" has no published URL); the mock console serves it here.
      return 'https://uc.jdcloud.com/cost/coupon/list';
    case 'real-name':
      return 'https://realname.jdcloud.com/account/verify';
    case 'login':
      return 'https://login.jdcloud.com/';
    case 'border-gateways':
      return 'https://cns-console.jdcloud.com/host/borderGateway/list';
    case 'customer-gateways':
      return 'https://cns-console.jdcloud.com/host/customerGateway/list';
    case 'vpn-billing-docs':
      return docs(language, 'billing-overview');
    case 'vpn-restrictions-docs':
      return docs(language, 'restrictions');
    case 'vpn-connections':
      return 'https://cns-console.jdcloud.com/host/vpnConnection/list';
    case 'quota-ticket':
      // docs/jdcloud.md §5: where quota increases are asked for.
      return 'https://ticket.jdcloud.com/applyorder/submit';
    case 'account-info':
      return 'https://uc.jdcloud.com/account/basic-info';
    case 'options':
      return 'options.html';
    case 'coupon-product-lines':
      return 'options.html#coupon-product-lines';
  }
}
