/**
 * Text for every check: titles (`check.<id>.title`), the message keys the rules emit, fix-link labels
 * (`fix.<link>`) and terms (`term.…`, phrases a message names through a `…Term` param). `{name}`
 * placeholders take message params; the UI formats params ending in `Fen` as money and `days` as a number.
 * A `.stale` key is the same finding made from data older than the staleness limit, with `{ageHours}`
 * added; a `-weak` key is the same finding made from the account balance (账户余额), which may include
 * frozen funds, because no available amount was known.
 */
export const checkCatalog: Record<'en' | 'zh-CN', Record<string, string>> = {
  en: {
    'check.signed-in.title': 'Signed in',
    'check.signed-in.pass': 'You are signed in to the JD Cloud console.',
    'check.signed-in.pass.stale': 'You were signed in {ageHours} h ago. Reload a console page to confirm.',
    'check.signed-in.fail': 'You are not signed in. Sign in before you create the VPN.',
    'check.signed-in.fail.stale':
      'You looked signed out {ageHours} h ago. Reload a console page to check again.',
    'check.signed-in.unknown': 'Not checked yet. Open any JD Cloud console page while signed in.',

    'check.real-name.title': 'Real-name verification',
    'check.real-name.personal': 'Personal real-name verification is complete.',
    'check.real-name.personal.stale':
      'Personal verification was complete {ageHours} h ago. Open the real-name page to confirm.',
    'check.real-name.enterprise': 'Enterprise real-name verification is complete.',
    'check.real-name.enterprise.stale':
      'Enterprise verification was complete {ageHours} h ago. Open the real-name page to confirm.',
    'check.real-name.both': 'Personal and enterprise verification are complete.',
    'check.real-name.both.stale':
      'Personal and enterprise verification were complete {ageHours} h ago. Open the real-name page to confirm.',
    'check.real-name.pending': 'Verification is under review. Purchases may be refused until it is approved.',
    'check.real-name.pending.stale':
      'Verification was under review {ageHours} h ago. Open the real-name page for the current status.',
    'check.real-name.none':
      'The account is not real-name verified. JD Cloud requires it before you buy resources.',
    'check.real-name.none.stale':
      'The account was not verified {ageHours} h ago. Open the real-name page for the current status.',
    'check.real-name.rejected': 'Verification was rejected. Read the reason and submit again.',
    'check.real-name.rejected.stale':
      'Verification had been rejected {ageHours} h ago. Open the real-name page for the current status.',
    'check.real-name.unknown': 'Not checked yet. Open the real-name verification page.',
    'check.real-name.no-account':
      'Could not tell which account this is, so its real-name status cannot be judged. The top bar’s account name could not be read here: open Account management → Basic information (账户管理 → 基本资料) in this tab, then come back.',

    'check.funds-threshold.title': 'Funds for the consumption threshold',
    'check.funds-threshold.pass':
      'Cash {cashFen} + coupons {couponsFen} = {totalFen}, at or above {thresholdTerm}.',
    'check.funds-threshold.pass.stale':
      'Cash + coupons were {totalFen} {ageHours} h ago ({thresholdTerm}). Refresh to confirm.',
    'check.funds-threshold.pass-cash': 'Cash {cashFen} alone meets {thresholdTerm} (coupons not counted).',
    'check.funds-threshold.pass-cash.stale':
      'Cash was {cashFen} {ageHours} h ago ({thresholdTerm}). Refresh to confirm.',
    'check.funds-threshold.fail':
      'Cash {cashFen} + coupons {couponsFen} = {totalFen}, below {thresholdTerm}. Recharge at least {shortFen}.',
    'check.funds-threshold.fail.stale':
      'Cash + coupons were {totalFen} {ageHours} h ago, below {thresholdTerm}. Refresh to see the current amount.',
    'check.funds-threshold.unknown-cash':
      'Balance not read yet. Open the capital overview to compare it with {thresholdTerm}.',
    'check.funds-threshold.unknown-coupons':
      'Cash {cashFen} is below {thresholdTerm}. Open the coupons page to see whether coupons cover the other {shortFen}.',
    'check.funds-threshold.pass-weak':
      'Account balance {cashFen} + coupons {couponsFen} = {totalFen}, at or above {thresholdTerm}. This is the account balance (账户余额), which may include frozen funds: open the capital overview to read the available amount.',
    'check.funds-threshold.pass-weak.stale':
      'Account balance (账户余额) + coupons were {totalFen} {ageHours} h ago ({thresholdTerm}), and that balance may include frozen funds. Open the capital overview to read the available amount.',
    'check.funds-threshold.pass-cash-weak':
      'Account balance {cashFen} alone meets {thresholdTerm} (coupons not counted). This is the account balance (账户余额), which may include frozen funds: open the capital overview to read the available amount.',
    'check.funds-threshold.pass-cash-weak.stale':
      'Account balance (账户余额) was {cashFen} {ageHours} h ago ({thresholdTerm}), and it may include frozen funds. Open the capital overview to read the available amount.',
    'check.funds-threshold.fail-weak':
      'Account balance {cashFen} + coupons {couponsFen} = {totalFen}, below {thresholdTerm}. Recharge at least {shortFen}. (The account balance, 账户余额, may include frozen funds: the available amount can only be lower.)',
    'check.funds-threshold.fail-weak.stale':
      'Account balance (账户余额) + coupons were {totalFen} {ageHours} h ago, below {thresholdTerm}. Refresh to see the current amount.',
    'check.funds-threshold.unknown-coupons-weak':
      'Account balance {cashFen} (账户余额, which may include frozen funds) is below {thresholdTerm}. Open the coupons page to see whether coupons cover the other {shortFen}.',
    'check.funds-threshold.unmapped':
      'Cash {cashFen} + coupons {couponsFen} = {totalFen}, {shortFen} short of {thresholdTerm}. Coupons of {unmappedFen} for {lines} could cover it, but whether those product lines include VPN is not known yet: answer in the options.',
    'check.funds-threshold.unmapped-weak':
      'Account balance {cashFen} (账户余额, which may include frozen funds) + coupons {couponsFen} = {totalFen}, {shortFen} short of {thresholdTerm}. Coupons of {unmappedFen} for {lines} could cover it, but whether those product lines include VPN is not known yet: answer in the options.',
    'check.funds-threshold.fail-unmapped':
      'Cash {cashFen} + coupons {couponsFen} = {totalFen}, below {thresholdTerm}. Recharge at least {shortFen}. Coupons of {unmappedFen} for {lines}, not known to cover VPN, would not close the gap either.',
    'check.funds-threshold.fail-unmapped.stale':
      'Cash + coupons were {totalFen} {ageHours} h ago, below {thresholdTerm} even with coupons of {unmappedFen} for {lines}. Refresh to see the current amount.',
    'check.funds-threshold.fail-unmapped-weak':
      'Account balance {cashFen} (账户余额, which may include frozen funds) + coupons {couponsFen} = {totalFen}, below {thresholdTerm}. Recharge at least {shortFen}. Coupons of {unmappedFen} for {lines}, not known to cover VPN, would not close the gap either.',
    'check.funds-threshold.fail-unmapped-weak.stale':
      'Account balance (账户余额) + coupons were {totalFen} {ageHours} h ago, below {thresholdTerm} even with coupons of {unmappedFen} for {lines}. Refresh to see the current amount.',
    'check.funds-threshold.arrears':
      'The account owes {arrearsFen} (arrears), and JD Cloud refuses new purchases while a debt is unpaid. Recharge at least {arrearsFen} to clear it; after that, cash and coupons must still reach {thresholdTerm}.',
    'check.funds-threshold.arrears.stale':
      'The account owed {arrearsFen} {ageHours} h ago. Open the capital overview to see whether the debt is paid.',
    'check.funds-threshold.denied':
      'A sub-user cannot see the balance: the billing page refused this user. Use the main account’s read-only OpenAPI key (in the options), or enter the values by hand in the popup, to compare the funds with {thresholdTerm}.',
    'check.funds-threshold.no-account':
      'Could not tell which account this is, so its funds cannot be judged. The top bar’s account name could not be read here: open Account management → Basic information (账户管理 → 基本资料) in this tab, then come back.',

    'check.funds-runway.title': 'How long funds last',
    'check.funds-runway.pass':
      'Funds of {availableFen} pay for about {days} days of this VPN ({perHourFen}/h, {perDayFen}/day at list price).',
    'check.funds-runway.pass.stale':
      'Funds of {availableFen}, read {ageHours} h ago, paid for about {days} days of this VPN. Refresh to confirm.',
    'check.funds-runway.pass-cash':
      'Cash {availableFen} alone pays for about {days} days of this VPN ({perHourFen}/h, {perDayFen}/day at list price).',
    'check.funds-runway.pass-cash.stale':
      'Cash {availableFen}, read {ageHours} h ago, paid for about {days} days of this VPN. Refresh to confirm.',
    'check.funds-runway.warn':
      'Funds of {availableFen} pay for only about {days} days of this VPN ({perDayFen}/day), under {warnDays} days. Without a recharge it may stop for arrears.',
    'check.funds-runway.warn.stale':
      'Funds of {availableFen}, read {ageHours} h ago, paid for only about {days} days of this VPN. Refresh to see the current amount.',
    'check.funds-runway.warn-cash':
      'Cash {availableFen} pays for only about {days} days of this VPN ({perDayFen}/day), under {warnDays} days. Coupons not counted: check them or recharge.',
    'check.funds-runway.warn-cash.stale':
      'Cash {availableFen}, read {ageHours} h ago, paid for only about {days} days of this VPN. Refresh to see the current amount.',
    'check.funds-runway.pass-weak':
      'Funds of {availableFen}, counting the account balance (账户余额, which may include frozen funds), pay for about {days} days of this VPN ({perHourFen}/h, {perDayFen}/day at list price).',
    'check.funds-runway.pass-weak.stale':
      'Funds of {availableFen}, counting the account balance (账户余额) read {ageHours} h ago, paid for about {days} days of this VPN. Refresh to confirm.',
    'check.funds-runway.pass-cash-weak':
      'Account balance {availableFen} (账户余额, which may include frozen funds) alone pays for about {days} days of this VPN ({perHourFen}/h, {perDayFen}/day at list price).',
    'check.funds-runway.pass-cash-weak.stale':
      'Account balance (账户余额) {availableFen}, read {ageHours} h ago, paid for about {days} days of this VPN. Refresh to confirm.',
    'check.funds-runway.warn-weak':
      'Funds of {availableFen}, counting the account balance (账户余额, which may include frozen funds), pay for only about {days} days of this VPN ({perDayFen}/day), under {warnDays} days. Without a recharge it may stop for arrears.',
    'check.funds-runway.warn-weak.stale':
      'Funds of {availableFen}, counting the account balance (账户余额) read {ageHours} h ago, paid for only about {days} days of this VPN. Refresh to see the current amount.',
    'check.funds-runway.warn-cash-weak':
      'Account balance {availableFen} (账户余额, which may include frozen funds) pays for only about {days} days of this VPN ({perDayFen}/day), under {warnDays} days. Coupons not counted: check them or recharge.',
    'check.funds-runway.warn-cash-weak.stale':
      'Account balance (账户余额) {availableFen}, read {ageHours} h ago, paid for only about {days} days of this VPN. Refresh to see the current amount.',
    'check.funds-runway.no-cost': 'The estimated cost of this VPN is zero, so it does not use up funds.',
    'check.funds-runway.no-cost.stale':
      'The estimated cost of this VPN is zero; the balance was read {ageHours} h ago. Refresh to confirm.',
    'check.funds-runway.unknown-cash':
      'Balance not read yet. Open the capital overview to see how long funds last.',
    'check.funds-runway.arrears':
      'The account owes {arrearsFen} (arrears): this VPN would stop for arrears. Recharge to clear the debt.',
    'check.funds-runway.arrears.stale':
      'The account owed {arrearsFen} {ageHours} h ago. Open the capital overview to see whether the debt is paid.',
    'check.funds-runway.denied':
      'A sub-user cannot see the balance. Use the main account’s read-only OpenAPI key (in the options), or enter the values by hand in the popup, to see how long funds last.',
    'check.funds-runway.no-account':
      'Could not tell which account this is, so how long its funds last cannot be judged. The top bar’s account name could not be read here: open Account management → Basic information (账户管理 → 基本资料) in this tab, then come back.',

    'term.threshold.default': 'the {thresholdFen} threshold',
    'term.threshold.account': 'the {thresholdFen} threshold set for this account',

    'check.border-gateway.title': 'Border gateway',
    'check.border-gateway.pass': 'Border gateways available in this region: {count}.',
    'check.border-gateway.fail':
      'No border gateway in this region. Create one first: the VPN connection needs it.',
    'check.border-gateway.unknown':
      'The border gateway list has not been seen yet: open the select once (some consoles show its options only while it is open), or choose a gateway.',
    'check.border-gateway.no-form': 'Open the create VPN connection form to check.',

    'check.customer-gateway.title': 'Customer gateway',
    'check.customer-gateway.pass': 'Customer gateways available in this region: {count}.',
    'check.customer-gateway.fail':
      'No customer gateway in this region. Create one first: the VPN connection needs it.',
    'check.customer-gateway.unknown':
      'The customer gateway list has not been seen yet: open the select once (some consoles show its options only while it is open), or choose a gateway.',
    'check.customer-gateway.no-form': 'Open the create VPN connection form to check.',

    'check.name-format.title': 'Name',
    'check.name-format.pass': 'The name is valid ({length}/{max} characters).',
    'check.name-format.empty': 'Enter a name: up to {max} Chinese characters, letters, digits, _ or -.',
    'check.name-format.invalid':
      'The name has characters that are not allowed: {chars}. Use only Chinese characters, letters, digits, _ and -.',
    'check.name-format.too-long': 'The name has {length} characters; the limit is {max}.',
    'check.name-format.unknown': 'Could not read the name on this form.',
    'check.name-format.no-form': 'Open the create form to check.',

    'check.description-length.title': 'Description length',
    'check.description-length.pass': 'The description fits ({length}/{max} characters).',
    'check.description-length.optional': 'The description is optional; nothing to check.',
    'check.description-length.too-long': 'The description has {length} characters; the limit is {max}.',

    'check.connection-quota.title': 'VPN connection quota',
    'check.connection-quota.no-form': 'Open the create VPN connection form to check.',
    'check.connection-quota.unknown':
      'The VPN connection list of this region has not been counted, so the connections on the border gateway are not known (quota: {limit} per border gateway). Open the VPN connection list of this region with every connection on one page.',
    'check.connection-quota.partial':
      'The VPN connection list shows only part of this region’s connections (more pages, or a filter or search), so the {count} counted may be too few (quota: {limit} per border gateway). Show every connection on one page to count them.',
    'check.connection-quota.choose':
      'A border gateway in this region already has {count} VPN connections, the quota being {limit}, and the gateway this connection uses could not be matched in the VPN connection list. Choose it on the form to check its quota.',
    'check.connection-quota.pass':
      'Border gateway {gateway} has {count} of {limit} VPN connections: there is room for this one.',
    'check.connection-quota.pass.stale':
      'Border gateway {gateway} had {count} of {limit} VPN connections {ageHours} h ago. Open the VPN connection list to count again.',
    'check.connection-quota.pass-all':
      'No border gateway in this region has {limit} VPN connections (the most is {count}): there is room for this one.',
    'check.connection-quota.pass-all.stale':
      'No border gateway in this region had {limit} VPN connections {ageHours} h ago (the most was {count}). Open the VPN connection list to count again.',
    'check.connection-quota.over':
      'Border gateway {gateway} already has {count} VPN connections, and the quota is {limit}: JD Cloud refuses another until the quota is raised. Ask for a higher quota with a ticket (工单), or choose another border gateway.',
    'check.connection-quota.over-partial':
      'Border gateway {gateway} already has at least {count} VPN connections, and the quota is {limit}: JD Cloud refuses another until the quota is raised. Ask for a higher quota with a ticket (工单), or choose another border gateway.',

    'check.tunnel-quota.title': 'Tunnel quota',
    'check.tunnel-quota.no-form': 'Open the add tunnel form (Resource Information → Add Tunnel) to check.',
    'check.tunnel-quota.unknown':
      'The connection’s tunnel list has not been seen, so its tunnels cannot be counted. Show the Resource Information (资源信息) tab of the connection’s detail page, which lists them.',
    'check.tunnel-quota.full':
      'The connection already has {count} tunnels, the most it can have ({max}: 2 cloud IPs × the customer gateway’s IPs). JD Cloud does not raise this limit: delete a tunnel you no longer need first.',
    'check.tunnel-quota.choose':
      'Choose the cloud IP and the customer IP to check that the pair has no tunnel yet (the connection has {count} tunnels).',
    'check.tunnel-quota.pair-taken':
      'The pair {cloudIp} ↔ {customerIp} already has a tunnel, and a pair can have only one (JD Cloud does not raise this limit). Choose another cloud IP or customer IP.',
    'check.tunnel-quota.unread-pairs':
      '{unread} of the connection’s {count} tunnels show no cloud IP or customer IP here, so whether {cloudIp} ↔ {customerIp} is free cannot be told. Check the tunnel list on the detail page.',
    'check.tunnel-quota.pass':
      'The connection has {count} of at most {max} tunnels, and {cloudIp} ↔ {customerIp} has none yet.',
    'check.tunnel-quota.pass-pair':
      'The connection has {count} tunnels, and {cloudIp} ↔ {customerIp} has none yet.',

    'check.tunnel-inside-cidr.title': 'Tunnel inside CIDR',
    'check.tunnel-inside-cidr.no-form':
      'Open the add tunnel form (Resource Information → Add Tunnel) to check.',
    'check.tunnel-inside-cidr.unknown': 'Could not read the tunnel IP (inside CIDR) on this form.',
    'check.tunnel-inside-cidr.empty': 'The tunnel IP (inside CIDR) is left empty; it is optional.',
    'check.tunnel-inside-cidr.invalid': '“{cidr}” is not a CIDR block. Enter a /30 such as 169.254.1.0/30.',
    'check.tunnel-inside-cidr.prefix':
      '{cidr} is a /{prefix} block; the tunnel IP must be a /{required}, such as 169.254.1.0/30.',
    'check.tunnel-inside-cidr.outside': '{cidr} is outside the ranges JD Cloud allows: {blocks}.',
    'check.tunnel-inside-cidr.unknown-tunnels':
      '{cidr} is a /30 in the allowed ranges, but the connection’s tunnel list has not been seen, so it cannot be compared with the other tunnels. Show the Resource Information (资源信息) tab of the detail page.',
    'check.tunnel-inside-cidr.overlap':
      '{cidr} overlaps {other}, the inside CIDR of another tunnel on this border gateway. Choose another /30.',
    'check.tunnel-inside-cidr.not-network':
      '{cidr} is not the start of its /30 block, and JD Cloud may refuse it. Enter {network}.',
    'check.tunnel-inside-cidr.unread':
      '{cidr} overlaps none of the {count} inside CIDRs read, but {unread} tunnels show none that could be read. Check them on the detail page.',
    'check.tunnel-inside-cidr.pass':
      '{cidr} is a /30 in the allowed ranges and overlaps none of the {count} other tunnels on this border gateway.',
    'check.tunnel-inside-cidr.pass-connection':
      '{cidr} is a /30 in the allowed ranges and overlaps none of this connection’s {count} tunnels. The console checks the tunnels of other connections on the border gateway.',

    'check.psk-format.title': 'Pre-shared key',
    'check.psk-format.no-form': 'Open the add tunnel form (Resource Information → Add Tunnel) to check.',
    'check.psk-format.unknown': 'Could not read the pre-shared key field on this form.',
    'check.psk-format.generated': 'The pre-shared key is left empty: the console generates one.',
    'check.psk-format.invalid':
      'The pre-shared key has {count} characters that are not allowed. Use only letters, digits, _ and -.',
    'check.psk-format.too-long': 'The pre-shared key has {length} characters; the limit is {max}.',
    'check.psk-format.prefix':
      'The pre-shared key must not start with {prefix} (a key starting 0x or 0s is read as hex or base64).',
    'check.psk-format.pass': 'The pre-shared key is valid ({length}/{max} characters).',

    'check.ike-ipsec.title': 'IKE and IPsec settings',
    'check.ike-ipsec.no-form': 'Open the add tunnel form (Resource Information → Add Tunnel) to check.',
    'check.ike-ipsec.unknown': 'Could not read the IKE and IPsec settings on this form.',
    'check.ike-ipsec.invalid': '{fieldTerm} “{value}” is not a value JD Cloud allows ({allowed}).',
    'check.ike-ipsec.range': '{fieldTerm} must be a whole number from {min} to {max}; it is “{value}”.',
    'check.ike-ipsec.empty': '{fieldTerm} is empty: choose or enter a value.',
    'check.ike-ipsec.pass': 'The {checked} IKE and IPsec values on the form are all ones JD Cloud allows.',

    'term.tunnel.ikeVersion': 'The IKE version',
    'term.tunnel.ikeMode': 'The IKE mode (IKEv1)',
    'term.tunnel.ikeKeyExchange': 'The IKE DH group',
    'term.tunnel.ikeCipher': 'The IKE encryption algorithm',
    'term.tunnel.ikeAuth': 'The IKE authentication algorithm',
    'term.tunnel.ikeDpdSec': 'The DPD setting (seconds)',
    'term.tunnel.ikeSaLifeSec': 'The IKE SA lifetime (seconds)',
    'term.tunnel.ipsecCipher': 'The IPsec encryption algorithm',
    'term.tunnel.ipsecAuth': 'The IPsec authentication algorithm',
    'term.tunnel.ipsecKeyExchange': 'The IPsec PFS DH group',
    'term.tunnel.ipsecSaLifeSec': 'The IPsec SA lifetime (seconds)',
    'term.tunnel.ipsecSaLifepkt': 'The IPsec SA lifetime in packets',
    'term.tunnel.ipsecSaLifebyte': 'The IPsec SA lifetime in bytes',
    'term.tunnel.bandwidthMbps': 'The bandwidth limit (Mbps)',

    'check.cgw-quota.title': 'Customer gateway quota',
    'check.cgw-quota.no-form': 'Open the create customer gateway form to check.',
    'check.cgw-quota.unknown':
      'The customer gateways of this region have not been counted (quota: {limit} per region). Open the customer gateway list with every gateway on one page.',
    'check.cgw-quota.partial':
      'The customer gateway list shows {count} gateways but not all of them (more pages, or a filter or search). Show every gateway on one page to count them against the quota of {limit}.',
    'check.cgw-quota.pass':
      'This region has {count} of {limit} customer gateways: there is room for this one.',
    'check.cgw-quota.over':
      'This region already has {count} customer gateways, and the quota is {limit}: JD Cloud refuses another until the quota is raised. Ask for a higher quota with a ticket (工单), or delete a gateway no connection uses.',
    'check.cgw-quota.over-partial':
      'This region already has at least {count} customer gateways, and the quota is {limit}: JD Cloud refuses another until the quota is raised. Ask for a higher quota with a ticket (工单), or delete a gateway no connection uses.',

    'check.asn-range.title': 'BGP ASN',
    'check.asn-range.no-form': 'Open the create customer gateway form to check.',
    'check.asn-range.unknown': 'Could not read the BGP ASN on this form.',
    'check.asn-range.empty': 'Enter the BGP ASN: a number from {min} to {max}. It cannot be changed later.',
    'check.asn-range.invalid': '“{value}” is not a number. The BGP ASN is a number from {min} to {max}.',
    'check.asn-range.out-of-range':
      'ASN {asn} is outside {min}–{max}, the range JD Cloud allows for a customer gateway.',
    'check.asn-range.pass': 'ASN {asn} is within {min}–{max}. It cannot be changed after creation.',

    'check.customer-ips.title': 'Customer gateway IPs',
    'check.customer-ips.no-form': 'Open the create customer gateway form to check.',
    'check.customer-ips.unknown': 'Could not read the number of public IPs or the addresses on this form.',
    'check.customer-ips.count': '{count} public IPs is not an option: a customer gateway has 1, 2 or 4.',
    'check.customer-ips.too-many':
      '{given} addresses are entered for {count} public IPs. Enter exactly {count}.',
    'check.customer-ips.invalid':
      '“{ip}” is not an IPv4 address: four numbers from 0 to 255, separated by dots.',
    'check.customer-ips.not-public':
      '{ip} is not a public address (it lies in {block}). Enter the public IP your device uses on the Internet.',
    'check.customer-ips.duplicate': '{ip} is entered twice; each address must be different.',
    'check.customer-ips.missing': '{given} of {count} public IPs entered. Enter the others.',
    'check.customer-ips.pass': '{count} public IPv4 addresses, all valid and different.',

    'check.error': 'This check could not run. Reload the page and try again.',

    'fix.recharge': 'Recharge',
    'fix.capital-overview': 'Open capital overview',
    'fix.coupons': 'Open coupons',
    'fix.real-name': 'Open real-name verification',
    'fix.login': 'Sign in',
    'fix.border-gateways': 'Open border gateways',
    'fix.customer-gateways': 'Open customer gateways',
    'fix.vpn-billing-docs': 'VPN billing rules',
    'fix.vpn-restrictions-docs': 'VPN limits',
    'fix.account-info': 'Open basic information',
    'fix.options': 'Open the options',
    'fix.coupon-product-lines': 'Say which coupons cover VPN',
    'fix.vpn-connections': 'Open VPN connections',
    'fix.quota-ticket': 'Ask for a higher quota (ticket)',
  },
  'zh-CN': {
    'check.signed-in.title': '登录状态',
    'check.signed-in.pass': '已登录京东云控制台。',
    'check.signed-in.pass.stale': '{ageHours} 小时前为已登录状态，请刷新控制台页面确认。',
    'check.signed-in.fail': '尚未登录，请先登录再创建 VPN。',
    'check.signed-in.fail.stale': '{ageHours} 小时前显示未登录，请刷新控制台页面重新确认。',
    'check.signed-in.unknown': '尚未检测。请在登录状态下打开任一京东云控制台页面。',

    'check.real-name.title': '实名认证',
    'check.real-name.personal': '已完成个人实名认证。',
    'check.real-name.personal.stale': '{ageHours} 小时前显示已完成个人实名认证，请打开实名认证页面确认。',
    'check.real-name.enterprise': '已完成企业实名认证。',
    'check.real-name.enterprise.stale': '{ageHours} 小时前显示已完成企业实名认证，请打开实名认证页面确认。',
    'check.real-name.both': '已完成个人和企业实名认证。',
    'check.real-name.both.stale': '{ageHours} 小时前显示已完成个人和企业实名认证，请打开实名认证页面确认。',
    'check.real-name.pending': '实名认证审核中，审核通过前可能无法购买。',
    'check.real-name.pending.stale': '{ageHours} 小时前实名认证仍在审核中，请打开实名认证页面查看最新状态。',
    'check.real-name.none': '账号尚未实名认证。在京东云购买资源前须完成实名认证。',
    'check.real-name.none.stale': '{ageHours} 小时前账号尚未实名认证，请打开实名认证页面查看最新状态。',
    'check.real-name.rejected': '实名认证未通过，请查看驳回原因后重新提交。',
    'check.real-name.rejected.stale': '{ageHours} 小时前实名认证为驳回状态，请打开实名认证页面查看最新状态。',
    'check.real-name.unknown': '尚未检测，请打开实名认证页面。',
    'check.real-name.no-account':
      '无法确定当前是哪个账号，因此无法判断其实名认证状态。此页顶栏的账号名称未能读取：请在此标签页中打开“账户管理 → 基本资料”，然后返回。',

    'check.funds-threshold.title': '消费门槛',
    'check.funds-threshold.pass':
      '可用金额 {cashFen} + 代金券 {couponsFen} = {totalFen}，已达到{thresholdTerm}。',
    'check.funds-threshold.pass.stale':
      '{ageHours} 小时前可用金额与代金券合计 {totalFen}（{thresholdTerm}），请刷新后确认。',
    'check.funds-threshold.pass-cash': '仅可用金额 {cashFen} 即已达到{thresholdTerm}（未计代金券）。',
    'check.funds-threshold.pass-cash.stale':
      '{ageHours} 小时前可用金额为 {cashFen}（{thresholdTerm}），请刷新后确认。',
    'check.funds-threshold.fail':
      '可用金额 {cashFen} + 代金券 {couponsFen} = {totalFen}，低于{thresholdTerm}，请至少充值 {shortFen}。',
    'check.funds-threshold.fail.stale':
      '{ageHours} 小时前可用金额与代金券合计 {totalFen}，低于{thresholdTerm}，请刷新查看当前金额。',
    'check.funds-threshold.unknown-cash': '尚未读取可用金额。请打开资金总览，核对是否达到{thresholdTerm}。',
    'check.funds-threshold.unknown-coupons':
      '可用金额 {cashFen} 低于{thresholdTerm}。请打开代金券页面，确认代金券能否补足差额 {shortFen}。',
    'check.funds-threshold.pass-weak':
      '账户余额 {cashFen} + 代金券 {couponsFen} = {totalFen}，已达到{thresholdTerm}。注意：账户余额可能含冻结金额，请打开资金总览查看可用金额。',
    'check.funds-threshold.pass-weak.stale':
      '{ageHours} 小时前账户余额与代金券合计 {totalFen}（{thresholdTerm}），且账户余额可能含冻结金额。请打开资金总览查看可用金额。',
    'check.funds-threshold.pass-cash-weak':
      '仅账户余额 {cashFen} 即已达到{thresholdTerm}（未计代金券）。注意：账户余额可能含冻结金额，请打开资金总览查看可用金额。',
    'check.funds-threshold.pass-cash-weak.stale':
      '{ageHours} 小时前账户余额为 {cashFen}（{thresholdTerm}），且可能含冻结金额。请打开资金总览查看可用金额。',
    'check.funds-threshold.fail-weak':
      '账户余额 {cashFen} + 代金券 {couponsFen} = {totalFen}，低于{thresholdTerm}，请至少充值 {shortFen}。（账户余额可能含冻结金额，可用金额只会更少。）',
    'check.funds-threshold.fail-weak.stale':
      '{ageHours} 小时前账户余额与代金券合计 {totalFen}，低于{thresholdTerm}，请刷新查看当前金额。',
    'check.funds-threshold.unknown-coupons-weak':
      '账户余额 {cashFen}（可能含冻结金额）低于{thresholdTerm}。请打开代金券页面，确认代金券能否补足差额 {shortFen}。',
    'check.funds-threshold.unmapped':
      '可用金额 {cashFen} + 代金券 {couponsFen} = {totalFen}，距{thresholdTerm} 还差 {shortFen}。适用产品为 {lines} 的代金券共 {unmappedFen}，或可补足差额，但尚不知这些产品线是否包含 VPN：请在设置中说明。',
    'check.funds-threshold.unmapped-weak':
      '账户余额 {cashFen}（可能含冻结金额）+ 代金券 {couponsFen} = {totalFen}，距{thresholdTerm} 还差 {shortFen}。适用产品为 {lines} 的代金券共 {unmappedFen}，或可补足差额，但尚不知这些产品线是否包含 VPN：请在设置中说明。',
    'check.funds-threshold.fail-unmapped':
      '可用金额 {cashFen} + 代金券 {couponsFen} = {totalFen}，低于{thresholdTerm}，请至少充值 {shortFen}。适用产品为 {lines} 的代金券共 {unmappedFen}（尚不知是否适用于 VPN），即使计入也不足。',
    'check.funds-threshold.fail-unmapped.stale':
      '{ageHours} 小时前可用金额与代金券合计 {totalFen}，即使计入适用产品为 {lines} 的代金券 {unmappedFen} 也低于{thresholdTerm}，请刷新查看当前金额。',
    'check.funds-threshold.fail-unmapped-weak':
      '账户余额 {cashFen}（可能含冻结金额）+ 代金券 {couponsFen} = {totalFen}，低于{thresholdTerm}，请至少充值 {shortFen}。适用产品为 {lines} 的代金券共 {unmappedFen}（尚不知是否适用于 VPN），即使计入也不足。',
    'check.funds-threshold.fail-unmapped-weak.stale':
      '{ageHours} 小时前账户余额与代金券合计 {totalFen}，即使计入适用产品为 {lines} 的代金券 {unmappedFen} 也低于{thresholdTerm}，请刷新查看当前金额。',
    'check.funds-threshold.arrears':
      '账户已欠费 {arrearsFen}，欠费未结清时京东云不允许新购。请至少充值 {arrearsFen} 结清欠费；之后可用金额与代金券仍须达到{thresholdTerm}。',
    'check.funds-threshold.arrears.stale':
      '{ageHours} 小时前账户欠费 {arrearsFen}。请打开资金总览，确认欠费是否已结清。',
    'check.funds-threshold.denied':
      '子用户无法查看余额：费用页面拒绝了此用户。请在设置中使用主账号的只读 OpenAPI 密钥，或在弹出窗口中手动填写数值，以核对是否达到{thresholdTerm}。',
    'check.funds-threshold.no-account':
      '无法确定当前是哪个账号，因此无法判断其资金。此页顶栏的账号名称未能读取：请在此标签页中打开“账户管理 → 基本资料”，然后返回。',

    'check.funds-runway.title': '余额可用天数',
    'check.funds-runway.pass':
      '可用资金 {availableFen}，按目录价（每小时 {perHourFen}，每天 {perDayFen}）约可支付该 VPN {days} 天。',
    'check.funds-runway.pass.stale':
      '{ageHours} 小时前可用资金为 {availableFen}，约可支付该 VPN {days} 天，请刷新后确认。',
    'check.funds-runway.pass-cash':
      '仅可用金额 {availableFen} 即可支付该 VPN 约 {days} 天（目录价每小时 {perHourFen}，每天 {perDayFen}）。',
    'check.funds-runway.pass-cash.stale':
      '{ageHours} 小时前可用金额为 {availableFen}，约可支付该 VPN {days} 天，请刷新后确认。',
    'check.funds-runway.warn':
      '可用资金 {availableFen} 仅够支付该 VPN 约 {days} 天（每天 {perDayFen}），不足 {warnDays} 天，不及时充值可能欠费停服。',
    'check.funds-runway.warn.stale':
      '{ageHours} 小时前可用资金为 {availableFen}，仅够支付该 VPN 约 {days} 天，请刷新查看当前金额。',
    'check.funds-runway.warn-cash':
      '可用金额 {availableFen} 仅够支付该 VPN 约 {days} 天（每天 {perDayFen}），不足 {warnDays} 天。未计代金券，请查看代金券或充值。',
    'check.funds-runway.warn-cash.stale':
      '{ageHours} 小时前可用金额为 {availableFen}，仅够支付该 VPN 约 {days} 天，请刷新查看当前金额。',
    'check.funds-runway.pass-weak':
      '可用资金 {availableFen}（按账户余额计，可能含冻结金额），按目录价（每小时 {perHourFen}，每天 {perDayFen}）约可支付该 VPN {days} 天。',
    'check.funds-runway.pass-weak.stale':
      '{ageHours} 小时前可用资金为 {availableFen}（按账户余额计），约可支付该 VPN {days} 天，请刷新后确认。',
    'check.funds-runway.pass-cash-weak':
      '仅账户余额 {availableFen}（可能含冻结金额）即可支付该 VPN 约 {days} 天（目录价每小时 {perHourFen}，每天 {perDayFen}）。',
    'check.funds-runway.pass-cash-weak.stale':
      '{ageHours} 小时前账户余额为 {availableFen}，约可支付该 VPN {days} 天，请刷新后确认。',
    'check.funds-runway.warn-weak':
      '可用资金 {availableFen}（按账户余额计，可能含冻结金额）仅够支付该 VPN 约 {days} 天（每天 {perDayFen}），不足 {warnDays} 天，不及时充值可能欠费停服。',
    'check.funds-runway.warn-weak.stale':
      '{ageHours} 小时前可用资金为 {availableFen}（按账户余额计），仅够支付该 VPN 约 {days} 天，请刷新查看当前金额。',
    'check.funds-runway.warn-cash-weak':
      '账户余额 {availableFen}（可能含冻结金额）仅够支付该 VPN 约 {days} 天（每天 {perDayFen}），不足 {warnDays} 天。未计代金券，请查看代金券或充值。',
    'check.funds-runway.warn-cash-weak.stale':
      '{ageHours} 小时前账户余额为 {availableFen}，仅够支付该 VPN 约 {days} 天，请刷新查看当前金额。',
    'check.funds-runway.no-cost': '该 VPN 预估费用为零，不会消耗余额。',
    'check.funds-runway.no-cost.stale': '该 VPN 预估费用为零；余额读取于 {ageHours} 小时前，请刷新后确认。',
    'check.funds-runway.unknown-cash': '尚未读取可用金额。请打开资金总览，估算余额可用天数。',
    'check.funds-runway.arrears': '账户已欠费 {arrearsFen}，此 VPN 会因欠费停服。请充值结清欠费。',
    'check.funds-runway.arrears.stale':
      '{ageHours} 小时前账户欠费 {arrearsFen}。请打开资金总览，确认欠费是否已结清。',
    'check.funds-runway.denied':
      '子用户无法查看余额。请在设置中使用主账号的只读 OpenAPI 密钥，或在弹出窗口中手动填写数值，以估算余额可用天数。',
    'check.funds-runway.no-account':
      '无法确定当前是哪个账号，因此无法估算其资金可用天数。此页顶栏的账号名称未能读取：请在此标签页中打开“账户管理 → 基本资料”，然后返回。',

    'term.threshold.default': '消费门槛 {thresholdFen}',
    'term.threshold.account': '为此账号设置的消费门槛 {thresholdFen}',

    'check.border-gateway.title': '边界网关',
    'check.border-gateway.pass': '本地域可选边界网关 {count} 个。',
    'check.border-gateway.fail': '本地域没有边界网关。VPN 连接须绑定边界网关，请先创建。',
    'check.border-gateway.unknown':
      '尚未看到边界网关列表：请展开一次该下拉框（部分控制台仅在展开时显示选项），或直接选择一个网关。',
    'check.border-gateway.no-form': '请打开创建 VPN 连接表单后再检查。',

    'check.customer-gateway.title': '客户网关',
    'check.customer-gateway.pass': '本地域可选客户网关 {count} 个。',
    'check.customer-gateway.fail': '本地域没有客户网关。VPN 连接须绑定客户网关，请先创建。',
    'check.customer-gateway.unknown':
      '尚未看到客户网关列表：请展开一次该下拉框（部分控制台仅在展开时显示选项），或直接选择一个网关。',
    'check.customer-gateway.no-form': '请打开创建 VPN 连接表单后再检查。',

    'check.name-format.title': '名称',
    'check.name-format.pass': '名称符合规则（{length}/{max} 个字符）。',
    'check.name-format.empty': '请填写名称：不超过 {max} 个字符，可使用中文、英文字母、数字、_ 和 -。',
    'check.name-format.invalid': '名称含有不允许的字符：{chars}。只能使用中文、英文字母、数字、_ 和 -。',
    'check.name-format.too-long': '名称共 {length} 个字符，超过上限 {max} 个。',
    'check.name-format.unknown': '未能读取表单中的名称。',
    'check.name-format.no-form': '请打开创建表单后再检查。',

    'check.description-length.title': '描述长度',
    'check.description-length.pass': '描述长度符合要求（{length}/{max} 个字符）。',
    'check.description-length.optional': '描述为选填项，无需检查。',
    'check.description-length.too-long': '描述共 {length} 个字符，超过上限 {max} 个。',

    'check.connection-quota.title': 'VPN 连接配额',
    'check.connection-quota.no-form': '请打开创建 VPN 连接表单后再检查。',
    'check.connection-quota.unknown':
      '尚未统计本地域的 VPN 连接列表，无法得知该边界网关上的连接数（配额：每个边界网关 {limit} 个）。请打开本地域的 VPN 连接列表，并让全部连接显示在同一页。',
    'check.connection-quota.partial':
      'VPN 连接列表只显示了本地域的部分连接（有多页，或设置了筛选、搜索），已数到的 {count} 个可能偏少（配额：每个边界网关 {limit} 个）。请让全部连接显示在同一页后再统计。',
    'check.connection-quota.choose':
      '本地域已有边界网关的 VPN 连接达到 {count} 个（配额 {limit} 个），且未能在 VPN 连接列表中找到本连接所用的边界网关。请在表单中选择边界网关，以检查其配额。',
    'check.connection-quota.pass': '边界网关 {gateway} 已有 {count}/{limit} 个 VPN 连接，还可再创建。',
    'check.connection-quota.pass.stale':
      '{ageHours} 小时前边界网关 {gateway} 已有 {count}/{limit} 个 VPN 连接。请打开 VPN 连接列表重新统计。',
    'check.connection-quota.pass-all':
      '本地域没有边界网关的 VPN 连接达到 {limit} 个（最多的为 {count} 个），还可再创建。',
    'check.connection-quota.pass-all.stale':
      '{ageHours} 小时前本地域没有边界网关的 VPN 连接达到 {limit} 个（最多的为 {count} 个）。请打开 VPN 连接列表重新统计。',
    'check.connection-quota.over':
      '边界网关 {gateway} 已有 {count} 个 VPN 连接，配额为 {limit} 个：提升配额前京东云不允许再创建。请提交工单申请提升配额，或选择其他边界网关。',
    'check.connection-quota.over-partial':
      '边界网关 {gateway} 已有至少 {count} 个 VPN 连接，配额为 {limit} 个：提升配额前京东云不允许再创建。请提交工单申请提升配额，或选择其他边界网关。',

    'check.tunnel-quota.title': '隧道配额',
    'check.tunnel-quota.no-form': '请打开添加隧道表单（资源信息 → 添加隧道）后再检查。',
    'check.tunnel-quota.unknown':
      '尚未看到该连接的隧道列表，无法统计隧道数。请打开连接详情页的“资源信息”标签页，隧道列在那里。',
    'check.tunnel-quota.full':
      '该连接已有 {count} 条隧道，已达上限（{max} 条：2 个云端公网 IP × 客户网关的 IP 数）。此上限不可提升：请先删除不再需要的隧道。',
    'check.tunnel-quota.choose':
      '请选择云端公网 IP 和客户侧公网 IP，以确认这一对 IP 尚无隧道（该连接现有 {count} 条隧道）。',
    'check.tunnel-quota.pair-taken':
      '{cloudIp} ↔ {customerIp} 这一对 IP 已有隧道，每对 IP 只能有一条隧道（此限制不可提升）。请选择其他云端 IP 或客户侧 IP。',
    'check.tunnel-quota.unread-pairs':
      '该连接的 {count} 条隧道中有 {unread} 条未显示云端 IP 或客户侧 IP，无法判断 {cloudIp} ↔ {customerIp} 是否已被占用。请在详情页的隧道列表中核对。',
    'check.tunnel-quota.pass':
      '该连接现有 {count} 条隧道（最多 {max} 条），{cloudIp} ↔ {customerIp} 尚无隧道。',
    'check.tunnel-quota.pass-pair': '该连接现有 {count} 条隧道，{cloudIp} ↔ {customerIp} 尚无隧道。',

    'check.tunnel-inside-cidr.title': '隧道内网地址',
    'check.tunnel-inside-cidr.no-form': '请打开添加隧道表单（资源信息 → 添加隧道）后再检查。',
    'check.tunnel-inside-cidr.unknown': '未能读取表单中的隧道 IP（内网网段）。',
    'check.tunnel-inside-cidr.empty': '隧道 IP（内网网段）未填写，该项为选填。',
    'check.tunnel-inside-cidr.invalid': '“{cidr}”不是 CIDR 网段。请填写 /30 网段，例如 169.254.1.0/30。',
    'check.tunnel-inside-cidr.prefix':
      '{cidr} 是 /{prefix} 网段；隧道 IP 必须是 /{required} 网段，例如 169.254.1.0/30。',
    'check.tunnel-inside-cidr.outside': '{cidr} 不在京东云允许的网段内：{blocks}。',
    'check.tunnel-inside-cidr.unknown-tunnels':
      '{cidr} 是允许网段内的 /30，但尚未看到该连接的隧道列表，无法与其他隧道比对。请打开详情页的“资源信息”标签页。',
    'check.tunnel-inside-cidr.overlap':
      '{cidr} 与本边界网关上另一条隧道的内网网段 {other} 重叠，请换一个 /30 网段。',
    'check.tunnel-inside-cidr.not-network':
      '{cidr} 不是其 /30 网段的起始地址，京东云可能拒绝。请填写 {network}。',
    'check.tunnel-inside-cidr.unread':
      '{cidr} 与已读取的 {count} 个内网网段均不重叠，但有 {unread} 条隧道的内网网段未能读取。请在详情页核对。',
    'check.tunnel-inside-cidr.pass': '{cidr} 是允许网段内的 /30，与本边界网关上其他 {count} 条隧道均不重叠。',
    'check.tunnel-inside-cidr.pass-connection':
      '{cidr} 是允许网段内的 /30，与该连接的 {count} 条隧道均不重叠。本边界网关上其他连接的隧道由控制台检查。',

    'check.psk-format.title': '预共享密钥',
    'check.psk-format.no-form': '请打开添加隧道表单（资源信息 → 添加隧道）后再检查。',
    'check.psk-format.unknown': '未能读取表单中的预共享密钥。',
    'check.psk-format.generated': '预共享密钥未填写，控制台会自动生成。',
    'check.psk-format.invalid': '预共享密钥含有 {count} 个不允许的字符。只能使用英文字母、数字、_ 和 -。',
    'check.psk-format.too-long': '预共享密钥共 {length} 个字符，超过上限 {max} 个。',
    'check.psk-format.prefix':
      '预共享密钥不能以 {prefix} 开头（以 0x 或 0s 开头的密钥会被当作十六进制或 base64）。',
    'check.psk-format.pass': '预共享密钥符合规则（{length}/{max} 个字符）。',

    'check.ike-ipsec.title': 'IKE 与 IPsec 参数',
    'check.ike-ipsec.no-form': '请打开添加隧道表单（资源信息 → 添加隧道）后再检查。',
    'check.ike-ipsec.unknown': '未能读取表单中的 IKE 与 IPsec 参数。',
    'check.ike-ipsec.invalid': '{fieldTerm}“{value}”不是京东云允许的取值（{allowed}）。',
    'check.ike-ipsec.range': '{fieldTerm}须为 {min} 到 {max} 之间的整数，当前为“{value}”。',
    'check.ike-ipsec.empty': '{fieldTerm}为空，请选择或填写。',
    'check.ike-ipsec.pass': '表单中的 {checked} 项 IKE 与 IPsec 参数均为京东云允许的取值。',

    'term.tunnel.ikeVersion': 'IKE 版本',
    'term.tunnel.ikeMode': 'IKE 协商模式（IKEv1）',
    'term.tunnel.ikeKeyExchange': 'IKE DH 组',
    'term.tunnel.ikeCipher': 'IKE 加密算法',
    'term.tunnel.ikeAuth': 'IKE 认证算法',
    'term.tunnel.ikeDpdSec': 'DPD 检测（秒）',
    'term.tunnel.ikeSaLifeSec': 'IKE SA 生存时间（秒）',
    'term.tunnel.ipsecCipher': 'IPsec 加密算法',
    'term.tunnel.ipsecAuth': 'IPsec 认证算法',
    'term.tunnel.ipsecKeyExchange': 'IPsec PFS DH 组',
    'term.tunnel.ipsecSaLifeSec': 'IPsec SA 生存时间（秒）',
    'term.tunnel.ipsecSaLifepkt': 'IPsec SA 生存包数',
    'term.tunnel.ipsecSaLifebyte': 'IPsec SA 生存字节数',
    'term.tunnel.bandwidthMbps': '带宽上限（Mbps）',

    'check.cgw-quota.title': '客户网关配额',
    'check.cgw-quota.no-form': '请打开创建客户网关表单后再检查。',
    'check.cgw-quota.unknown':
      '尚未统计本地域的客户网关（配额：每个地域 {limit} 个）。请打开客户网关列表，并让全部网关显示在同一页。',
    'check.cgw-quota.partial':
      '客户网关列表显示了 {count} 个网关，但不是全部（有多页，或设置了筛选、搜索）。请让全部网关显示在同一页，再与配额 {limit} 个比对。',
    'check.cgw-quota.pass': '本地域已有 {count}/{limit} 个客户网关，还可再创建。',
    'check.cgw-quota.over':
      '本地域已有 {count} 个客户网关，配额为 {limit} 个：提升配额前京东云不允许再创建。请提交工单申请提升配额，或删除未被连接使用的网关。',
    'check.cgw-quota.over-partial':
      '本地域已有至少 {count} 个客户网关，配额为 {limit} 个：提升配额前京东云不允许再创建。请提交工单申请提升配额，或删除未被连接使用的网关。',

    'check.asn-range.title': 'BGP ASN（自治系统号）',
    'check.asn-range.no-form': '请打开创建客户网关表单后再检查。',
    'check.asn-range.unknown': '未能读取表单中的 BGP ASN。',
    'check.asn-range.empty': '请填写 BGP ASN：{min} 到 {max} 之间的数字，创建后不可修改。',
    'check.asn-range.invalid': '“{value}”不是数字。BGP ASN 须为 {min} 到 {max} 之间的数字。',
    'check.asn-range.out-of-range': 'ASN {asn} 不在京东云允许的客户网关范围 {min}–{max} 内。',
    'check.asn-range.pass': 'ASN {asn} 在 {min}–{max} 范围内，创建后不可修改。',

    'check.customer-ips.title': '客户网关公网 IP',
    'check.customer-ips.no-form': '请打开创建客户网关表单后再检查。',
    'check.customer-ips.unknown': '未能读取表单中的公网地址个数或地址。',
    'check.customer-ips.count': '公网地址个数 {count} 不可选：客户网关可有 1、2 或 4 个公网 IP。',
    'check.customer-ips.too-many': '公网地址个数为 {count}，却填写了 {given} 个地址。请恰好填写 {count} 个。',
    'check.customer-ips.invalid': '“{ip}”不是 IPv4 地址：应为以点分隔的四个 0 到 255 之间的数字。',
    'check.customer-ips.not-public': '{ip} 不是公网地址（属于 {block}）。请填写设备在互联网上使用的公网 IP。',
    'check.customer-ips.duplicate': '{ip} 填写了两次，各地址不能相同。',
    'check.customer-ips.missing': '已填写 {given}/{count} 个公网 IP，请填写其余地址。',
    'check.customer-ips.pass': '{count} 个公网 IPv4 地址，均有效且互不相同。',

    'check.error': '此项检查未能完成，请刷新页面后重试。',

    'fix.recharge': '去充值',
    'fix.capital-overview': '查看资金总览',
    'fix.coupons': '查看代金券',
    'fix.real-name': '去实名认证',
    'fix.login': '去登录',
    'fix.border-gateways': '查看边界网关',
    'fix.customer-gateways': '查看客户网关',
    'fix.vpn-billing-docs': 'VPN 计费规则',
    'fix.vpn-restrictions-docs': 'VPN 使用限制',
    'fix.account-info': '打开基本资料',
    'fix.options': '打开设置',
    'fix.coupon-product-lines': '设置代金券适用产品',
    'fix.vpn-connections': '查看 VPN 连接',
    'fix.quota-ticket': '提交工单提升配额',
  },
};
