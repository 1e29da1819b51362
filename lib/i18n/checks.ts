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

    'check.name-format.title': 'Connection name',
    'check.name-format.pass': 'The name is valid ({length}/{max} characters).',
    'check.name-format.empty': 'Enter a name: up to {max} Chinese characters, letters, digits, _ or -.',
    'check.name-format.invalid':
      'The name has characters that are not allowed: {chars}. Use only Chinese characters, letters, digits, _ and -.',
    'check.name-format.too-long': 'The name has {length} characters; the limit is {max}.',
    'check.name-format.unknown': 'Could not read the name on this form.',
    'check.name-format.no-form': 'Open the create VPN connection form to check.',

    'check.description-length.title': 'Description length',
    'check.description-length.pass': 'The description fits ({length}/{max} characters).',
    'check.description-length.optional': 'The description is optional; nothing to check.',
    'check.description-length.too-long': 'The description has {length} characters; the limit is {max}.',

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

    'check.name-format.title': '连接名称',
    'check.name-format.pass': '名称符合规则（{length}/{max} 个字符）。',
    'check.name-format.empty': '请填写名称：不超过 {max} 个字符，可使用中文、英文字母、数字、_ 和 -。',
    'check.name-format.invalid': '名称含有不允许的字符：{chars}。只能使用中文、英文字母、数字、_ 和 -。',
    'check.name-format.too-long': '名称共 {length} 个字符，超过上限 {max} 个。',
    'check.name-format.unknown': '未能读取表单中的名称。',
    'check.name-format.no-form': '请打开创建 VPN 连接表单后再检查。',

    'check.description-length.title': '描述长度',
    'check.description-length.pass': '描述长度符合要求（{length}/{max} 个字符）。',
    'check.description-length.optional': '描述为选填项，无需检查。',
    'check.description-length.too-long': '描述共 {length} 个字符，超过上限 {max} 个。',

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
  },
};
