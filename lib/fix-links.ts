import type { Language } from './i18n';
import type { FixLink } from './model/checklist';

const docs = (language: Language, page: string) =>
  `https://docs.jdcloud.com/${language === 'zh-CN' ? 'cn' : 'en'}/vpn/${page}`;

/** Where each fix happens in the JD Cloud console or docs. */
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
  }
}
