import { describe, expect, it } from 'vitest';
import { addressKind, hostShows, preflightHasWork } from '../../lib/page-address';

const at = (url: string) => new URL(url);

describe('addressKind', () => {
  it.each([
    ['https://cns-console.jdcloud.com/host/vpnConnection/create', 'vpn-connection-form'],
    ['https://cns-console.jdcloud.com/host/vpnConnection/list/', 'vpn-connection-list'],
    ['https://cns-console.jdcloud.com/#/host/vpnConnection/list?x=1', 'vpn-connection-list'],
    ['https://cns-console.jdcloud.com/host/vpc/list', 'other-console'],
    ['https://cns-console.jdcloud.com/host/vpnConnection/detail/vpnc-1a2b3c', 'vpn-connection-detail'],
    ['https://cns-console.jdcloud.com/#/host/vpnConnection/detail/vpnc-1a2b3c', 'vpn-connection-detail'],
    [
      'https://cns-console.jdcloud.com/host/vpnConnection/detail/vpnc-1a2b3c/tunnel/create',
      'vpn-tunnel-form',
    ],
    ['https://cns-console.jdcloud.com/host/customerGateway/list', 'customer-gateway-list'],
    ['https://cns-console.jdcloud.com/host/customerGateway/create', 'customer-gateway-form'],
    ['https://cns-console.jdcloud.com/host/customerGateway/detail/cgw-1', 'other-console'],
    ['https://uc.jdcloud.com/cost/capital/capital-overview', 'capital-overview'],
    ['https://uc.jdcloud.com/cost/coupon/list', 'coupons'],
    ['https://realname.jdcloud.com/anything', 'real-name'],
    ['https://login.jdcloud.com/', 'login'],
    ['https://console.jdcloud.com/overview', 'other-console'],
    ['https://docs.jdcloud.com/cn/vpn/billing-overview', 'not-ours'],
    ['https://jdcloud.com.example.org/', 'not-ours'],
    ['ftp://cns-console.jdcloud.com/host/vpnConnection/create', 'not-ours'],
  ])('%s is %s', (url, kind) => {
    expect(addressKind(at(url))).toBe(kind);
  });

  it('reads a Location-shaped object as it is, without parsing a URL', () => {
    const location = {
      protocol: 'https:',
      hostname: 'CNS-Console.JDCloud.com',
      pathname: '/host/vpnConnection/Create/',
      hash: '',
    };
    expect(addressKind(location)).toBe('vpn-connection-form');
  });
});

describe('preflightHasWork', () => {
  it('wakes on the VPN form and the account pages as they load', () => {
    for (const url of [
      'https://cns-console.jdcloud.com/host/vpnConnection/create',
      'https://uc.jdcloud.com/cost/capital/capital-overview',
      'https://uc.jdcloud.com/account/basic-info',
      'https://realname.jdcloud.com/account/verify',
      'https://login.jdcloud.com/',
      'https://cns-console.jdcloud.com/host/vpnConnection/detail/vpnc-1a2b3c',
      'https://cns-console.jdcloud.com/host/vpnConnection/detail/vpnc-1a2b3c/tunnel/create',
      'https://cns-console.jdcloud.com/host/customerGateway/list',
      'https://cns-console.jdcloud.com/host/customerGateway/create',
    ]) {
      expect(preflightHasWork(at(url)), url).toBe(true);
    }
  });

  it('sleeps through the load of other console pages, and reads the VPN list as it loads (its counts)', () => {
    expect(preflightHasWork(at('https://cns-console.jdcloud.com/host/vpnConnection/list'))).toBe(true);
    for (const url of [
      'https://console.jdcloud.com/overview',
      'https://cns-console.jdcloud.com/host/vpc/list',
      'https://uc.jdcloud.com/cost/bill',
    ]) {
      expect(preflightHasWork(at(url)), url).toBe(false);
    }
  });

  it('has no work on a host that may not fetch its module, whatever the page is', () => {
    // A login page the console redirects to, off the console's hosts: the detector does not run there either.
    expect(addressKind(at('https://passport.jd.com/new/login.aspx'))).toBe('login');
    expect(preflightHasWork(at('https://passport.jd.com/new/login.aspx'), true)).toBe(false);
  });

  it('wakes on a click or key only where a create dialog can open: cns-console', () => {
    expect(preflightHasWork(at('https://cns-console.jdcloud.com/host/vpnConnection/list'), true)).toBe(true);
    expect(preflightHasWork(at('https://cns-console.jdcloud.com/host/vpc/list'), true)).toBe(true);
    expect(preflightHasWork(at('https://console.jdcloud.com/overview'), true)).toBe(false);
    expect(preflightHasWork(at('https://uc.jdcloud.com/cost/bill'), true)).toBe(false);
    expect(preflightHasWork(at('http://cns-console.jdcloud.com.evil.example/'), true)).toBe(false);
  });
});

describe('billing pages wherever they are', () => {
  const at = (url: string) => new URL(url);

  it('knows the capital and coupon paths on both billing hosts', () => {
    for (const host of ['uc.jdcloud.com', 'billing-console.jdcloud.com']) {
      expect(addressKind(at(`https://${host}/cost/capital/capital-overview`))).toBe('capital-overview');
      expect(addressKind(at(`https://${host}/cost/coupon/list`))).toBe('coupons');
      expect(preflightHasWork(at(`https://${host}/cost/capital/capital-overview`))).toBe(true);
    }
  });

  it('recognises a billing page at an unknown path by its title, on the billing hosts only', () => {
    const unknown = at('https://billing-console.jdcloud.com/cost/capital/v2/overview');
    expect(addressKind(unknown)).toBe('other-console');
    expect(addressKind(unknown, '资金管理 - 京东云')).toBe('capital-overview');
    expect(addressKind(unknown, '代金券管理 - 京东智联云')).toBe('coupons');
    expect(addressKind(unknown, 'Capital Overview - JD Cloud')).toBe('capital-overview');
    expect(preflightHasWork(unknown, false, '资金账户')).toBe(true);
    expect(preflightHasWork(unknown, false, '消费明细')).toBe(false);
    // The same title elsewhere is not a billing page.
    expect(addressKind(at('https://cns-console.jdcloud.com/host/vpc/list'), '资金管理')).toBe(
      'other-console',
    );
    expect(preflightHasWork(at('https://iam-console.jdcloud.com/x'), false, '资金管理')).toBe(false);
  });

  it('keeps the path first: the real-name and account pages on uc are not billing pages by title', () => {
    expect(addressKind(at('https://uc.jdcloud.com/account/basic-info'), '代金券')).toBe('account-info');
    expect(addressKind(at('https://uc.jdcloud.com/account/verify'))).toBe('real-name');
  });
});

describe('hostShows', () => {
  it('holds for every kind the address gives on a host where the preflight runs', () => {
    for (const url of [
      'https://cns-console.jdcloud.com/host/vpnConnection/create',
      'https://cns-console.jdcloud.com/host/vpnConnection/detail/vpnc-1/tunnel/create',
      'https://cns-console.jdcloud.com/host/customerGateway/list',
      'https://cns-console.jdcloud.com/host/vpc/list',
      'https://uc.jdcloud.com/cost/coupon/list',
      'https://uc.jdcloud.com/account/certify',
      'https://uc.jdcloud.com/account/basic-info',
      'https://billing-console.jdcloud.com/cost/capital/capital-overview',
      'https://realname.jdcloud.com/anything',
      'https://login.jdcloud.com/',
    ]) {
      const address = at(url);
      expect(hostShows(address.hostname, addressKind(address)), url).toBe(true);
    }
  });

  it('holds for the forms on the VPN console whatever its path, and for no host without the preflight', () => {
    expect(hostShows('CNS-Console.jdcloud.com', 'vpn-tunnel-form')).toBe(true);
    expect(hostShows('uc.jdcloud.com', 'vpn-tunnel-form')).toBe(false);
    expect(hostShows('billing-console.jdcloud.com', 'account-info')).toBe(false);
    expect(hostShows('console.jdcloud.com', 'other-console')).toBe(false);
    expect(hostShows('passport.jd.com', 'login')).toBe(false);
    expect(hostShows('cns-console.jdcloud.com', 'not-ours')).toBe(false);
  });
});
