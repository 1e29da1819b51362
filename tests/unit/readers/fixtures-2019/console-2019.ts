/**
 * Small console pages shaped after the public 2018-2019 screenshots of the JD Cloud console
 * (docs/real-console.md): Vue 2 + Element UI markup, a plain dark <div> top bar with no <header> and no
 * label beside the account name, no <main>, tables split into Element's header and body tables, custom
 * selects over a read-only <input>. Deliberately unlike the classic mock console (tests/fixtures/console):
 * readers must pass both with one code path.
 */

export const URLS_2019 = {
  capital: 'https://uc.jdcloud.com/cost/capital/capital-overview',
  billingCapital: 'https://billing-console.jdcloud.com/cost/capital/capital-overview',
  coupons: 'https://uc.jdcloud.com/cost/coupon/list',
  realName: 'https://realname.jdcloud.com/account/verify',
  accountInfo: 'https://uc.jdcloud.com/account/basic-info',
  vpnList: 'https://cns-console.jdcloud.com/host/vpnConnection/list',
  vpnCreate: 'https://cns-console.jdcloud.com/host/vpnConnection/create',
} as const;

export interface TopBarOptions {
  /** The name shown at the bar's end; absent for a bar that only offers to sign in. */
  account?: string;
  /** How the caret after the name is drawn. */
  caret?: 'icon' | 'text' | 'popup';
  /** The user menu as it is in the page once hovered (账户余额, tiles, 退出). */
  menuOpen?: boolean;
  messages?: number;
}

/** The dark top bar: logo, 概览, 产品 ▾ | 消息 (n), 帮助中心, 费用 ▾, 工单 ▾, 备案, then the name ▾. */
export function topBar(options: TopBarOptions = {}): string {
  const { account, caret = 'icon', menuOpen = false, messages = 3 } = options;
  const right = account
    ? caret === 'text'
      ? `<div class="topbar-user"><span class="user-name">${account} ▾</span></div>`
      : caret === 'popup'
        ? `<div class="el-dropdown"><span class="el-dropdown-link" aria-haspopup="list" role="button" tabindex="0">${account}</span></div>`
        : `<div class="topbar-user"><span class="user-name">${account}</span><!----><i class="el-icon-caret-bottom"></i></div>`
    : '<a class="topbar-link" href="https://login.jdcloud.com/">登录</a><a class="topbar-link" href="https://user.jdcloud.com/register">注册</a>';
  const menu = menuOpen
    ? `<div class="user-panel"><div class="balance">账户余额：<span class="num">¥0.00</span><button type="button" class="el-button el-button--primary el-button--mini"><span>充值</span></button></div>
       <div class="tiles"><a>账户管理</a><a>账户安全</a><a>Access Key管理</a></div>
       <div class="bottom"><a>切换为子账号</a><a class="logout">退出</a></div></div>`
    : '';
  return `<div class="jdc-topbar" style="background:#1c1f26;color:#fff;height:50px">
  <div class="topbar-left">
    <a class="logo" href="https://www.jdcloud.com/"><img alt="京东云" src="data:,"></a>
    <a class="topbar-link" href="https://console.jdcloud.com/overview">概览</a>
    <div class="topbar-link product-menu"><span>产品</span><i class="el-icon-caret-bottom"></i></div>
  </div>
  <div class="topbar-right">
    <a class="topbar-link">消息<sup class="el-badge__content">${messages}</sup></a>
    <a class="topbar-link">帮助中心</a>
    <div class="topbar-link">费用 ▾</div>
    <div class="topbar-link">工单 ▾</div>
    <a class="topbar-link">备案</a>
    ${right}
    ${menu}
  </div>
</div>`;
}

/** A whole page: the bar, a side menu and the content, all plain divs (no <main>, no <header>). */
export function page2019(content: string, bar = topBar({ account: 'jcloudiaas5' }), side = ''): string {
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>京东云</title></head><body>
<div id="app">
${bar}
<div class="layout-body">
  <div class="layout-side">${side}</div>
  <div class="layout-content">
${content}
  </div>
</div>
</div>
</body></html>`;
}

// ---------------------------------------------------------------------------------------------
// Billing

const UC_SIDE = `<ul role="menubar" class="el-menu"><li class="el-submenu"><div class="el-submenu__title">资金管理</div>
<ul class="el-menu el-menu--inline"><li class="el-menu-item is-active">资金账户</li><li class="el-menu-item">代金券</li></ul></li></ul>`;

export interface CapitalOptions {
  total?: string;
  available?: string;
  frozen?: string;
  invoiceable?: string;
  threshold?: string;
  /** A row of the 收支明细 history table: [流水单号, 时间, 类型, 收入/支出, 余额]. */
  history?: string[][];
  extra?: string;
}

/** 资金管理 → 资金账户 (2018): 账户总金额 headline, 可用金额 / 冻结金额 / 可开票金额, the alert threshold, history. */
export function capitalPage(options: CapitalOptions = {}): string {
  const {
    total = '0.04元',
    available = '0.04元',
    frozen = '0.00元',
    invoiceable = '0.04元',
    threshold = '200.00',
    history = [['1809201230001', '2018-09-20 12:30:01', '充值', '+100.00', '5,000.00']],
    extra = '',
  } = options;
  const figure = (label: string, value: string) =>
    `<div class="figure"><p class="figure-label">${label} <i class="el-icon-info"></i></p><p class="figure-value">${value}</p></div>`;
  const rows = history
    .map(
      (row) =>
        `<tr class="el-table__row">${row.map((cell) => `<td><div class="cell">${cell}</div></td>`).join('')}</tr>`,
    )
    .join('');
  return page2019(
    `<div class="title-band"><span>资金管理</span></div>
<div class="capital-card">
  <div class="capital-total">${figure('账户总金额', total)}</div>
  <div class="capital-detail">
    ${figure('可用金额', available)}
    ${figure('冻结金额', frozen)}
    ${figure('可开票金额', invoiceable)}
  </div>
  <div class="capital-alert">可用余额预警 <div role="switch" class="el-switch is-checked" aria-checked="true"><span class="el-switch__core"></span></div>
    <span>余额提醒阈值</span> <span class="threshold">${threshold}</span> <a>修改</a></div>
  <div class="capital-actions"><button type="button" class="el-button el-button--primary"><span>充 值</span></button></div>
</div>
${extra}
<div class="history"><div class="history-title">收支明细</div>
<div class="el-table">
  <div class="el-table__header-wrapper"><table class="el-table__header"><thead><tr>
    <th><div class="cell">流水单号</div></th><th><div class="cell">时间</div></th><th><div class="cell">类型</div></th>
    <th><div class="cell">收入/支出（元）</div></th><th><div class="cell">余额（元）</div></th><th class="gutter"></th>
  </tr></thead></table></div>
  <div class="el-table__body-wrapper"><table class="el-table__body"><tbody>${rows}</tbody></table></div>
</div></div>`,
    undefined,
    UC_SIDE,
  );
}

/** A billing page that refuses a sub-user without billing rights. */
export function deniedPage(message = '您没有权限访问该页面，请联系主账号授权'): string {
  return page2019(
    `<div class="el-empty"><div class="el-empty__image"></div><p class="el-empty__description">${message}</p></div>`,
  );
}

export interface CouponRow {
  code?: string;
  /** Product line(s); an array is drawn one per line. */
  scope: string | string[];
  /** Billing types; an array is drawn one per line. */
  billing: string | string[];
  face: string;
  balance?: string;
  validity: string;
  status?: string;
  region?: string;
}

export interface CouponsOptions {
  tab?: '未使用' | '已使用' | '已过期';
  rows?: CouponRow[];
  /** Show the 余额 column (the 2018 page has none). */
  balanceColumn?: boolean;
  /** Show the 状态 column (the 2018 page does). */
  statusColumn?: boolean;
  regionColumn?: boolean;
  /** Pagination total (共 N 条), when more rows exist than shown. */
  total?: number;
  /** How the unused tab is marked: ARIA (Element) or only an `is-active` class. */
  tabMarking?: 'aria' | 'class';
}

function lines(value: string | string[]): string {
  return Array.isArray(value) ? value.map((line) => `<div>${line}</div>`).join('') : value;
}

/** 代金券管理 (费用 → 代金券): tabs 未使用 | 已使用 | 已过期, then Element's split table. */
export function couponsPage(options: CouponsOptions = {}): string {
  const {
    tab = '未使用',
    rows = [],
    balanceColumn = false,
    statusColumn = true,
    regionColumn = false,
    total,
    tabMarking = 'aria',
  } = options;
  const tabs = (['未使用', '已使用', '已过期'] as const)
    .map((name) => {
      const active = name === tab;
      return tabMarking === 'aria'
        ? `<div role="tab" aria-selected="${active}" tabindex="${active ? 0 : -1}" class="el-tabs__item${active ? ' is-active' : ''}">${name}</div>`
        : `<span class="tab-item${active ? ' is-active' : ''}">${name}</span>`;
    })
    .join('');
  const headers = [
    '代金券编码',
    '适用产品',
    '计费类型',
    ...(regionColumn ? ['地域'] : []),
    '面额（元）',
    ...(balanceColumn ? ['余额（元）'] : []),
    '有效日期',
    ...(statusColumn ? ['状态'] : []),
  ];
  const body = rows
    .map((row, i) => {
      const cells = [
        row.code ?? `31KGDw${i}`,
        lines(row.scope),
        lines(row.billing),
        ...(regionColumn ? [row.region ?? ''] : []),
        row.face,
        ...(balanceColumn ? [row.balance ?? ''] : []),
        row.validity,
        ...(statusColumn ? [row.status ?? ''] : []),
      ];
      return `<tr class="el-table__row">${cells.map((cell) => `<td><div class="cell">${cell}</div></td>`).join('')}</tr>`;
    })
    .join('');
  const empty = rows.length
    ? ''
    : '<div class="el-table__empty-block"><span class="el-table__empty-text">暂无数据</span></div>';
  const pager = `<div class="el-pagination"><span class="el-pagination__total">共 ${total ?? rows.length} 条</span><span class="el-pagination__sizes">10条/页</span><span class="el-pagination__jump">前往 <input class="el-input__inner" value="1"> 页</span></div>`;
  return page2019(
    `<div class="page-title">代金券管理 <a>激活代金券</a> <a>代金券帮助文档</a></div>
<div class="el-tabs"><div class="el-tabs__header"><div role="tablist" class="el-tabs__nav">${tabs}</div></div></div>
<div class="el-table">
  <div class="el-table__header-wrapper"><table class="el-table__header"><thead><tr>${headers
    .map((header) => `<th><div class="cell">${header}</div></th>`)
    .join('')}<th class="gutter"></th></tr></thead></table></div>
  <div class="el-table__body-wrapper"><table class="el-table__body"><tbody>${body}</tbody></table>${empty}</div>
</div>
${pager}`,
    undefined,
    UC_SIDE,
  );
}

// ---------------------------------------------------------------------------------------------
// Account

export interface RealNameBlock {
  /** What the block shows under its title: a state, or the offer to verify. */
  state?: string;
  /** The offer button's text; absent when verified. */
  action?: string;
}

/** realname.jdcloud.com/account/verify: two blocks, no status label; an optional notice above them. */
export function realNamePage(personal: RealNameBlock, enterprise: RealNameBlock, notice = ''): string {
  const block = (title: string, prose: string, { state, action }: RealNameBlock) =>
    `<div class="verify-block">
  <div class="verify-block__title">${title}</div>
  <p class="verify-block__desc">${prose}</p>
  ${state ? `<div class="verify-block__state"><i class="el-icon-success"></i><span>${state}</span></div>` : ''}
  ${action ? `<button type="button" class="el-button el-button--primary"><span>${action}</span></button>` : ''}
</div>`;
  return page2019(
    `<div class="page-title">实名认证</div>
${notice ? `<div class="el-alert el-alert--info"><div class="el-alert__content"><span class="el-alert__title">${notice}</span></div></div>` : ''}
<div class="verify-blocks">
${block('个人实名认证', '个人认证 适用于个人用户，认证成功后可购买云产品、申请发票。', personal)}
${block('企业实名认证', '企业认证 适用于企业、政府机关、事业单位等，需上传营业执照，审核时间为3个工作日。', enterprise)}
</div>`,
  );
}

/** 账户管理 → 基本资料, as an Element form of label/content pairs. */
export function accountPage(items: [string, string][]): string {
  const rows = items
    .map(
      ([label, value]) =>
        `<div class="el-form-item"><label class="el-form-item__label">${label}</label><div class="el-form-item__content">${value}</div></div>`,
    )
    .join('');
  return page2019(
    `<div class="page-title">基本资料</div><form class="el-form el-form--label-right">${rows}</form>`,
  );
}

// ---------------------------------------------------------------------------------------------
// VPN (cns-console)

export interface ElSelectOptions {
  /** The chosen option's text, shown in the read-only input. */
  value?: string;
  options?: string[];
  /** Where the dropdown is: inside the select (before first open), or nowhere (moved to <body>). */
  dropdown?: 'inside' | 'none';
  /** The empty state text shown when there are no options. */
  emptyText?: string;
  /** The select is open (Element puts is-focus on its input wrapper). */
  open?: boolean;
}

/** An Element UI el-select: a read-only input, a caret, and a hidden dropdown of li items. */
export function elSelect(options: ElSelectOptions = {}): string {
  const {
    value = '',
    options: items = [],
    dropdown = 'inside',
    emptyText = '无数据',
    open = false,
  } = options;
  const list = items.length
    ? `<div class="el-scrollbar"><div class="el-select-dropdown__wrap el-scrollbar__wrap"><ul class="el-scrollbar__view el-select-dropdown__list">${items
        .map(
          (item) =>
            `<li class="el-select-dropdown__item${item === value ? ' selected' : ''}"><span>${item}</span></li>`,
        )
        .join('')}</ul></div></div>`
    : `<p class="el-select-dropdown__empty">${emptyText}</p>`;
  return `<div class="el-select"><div class="el-input el-input--suffix${open ? ' is-focus' : ''}"><input type="text" readonly="readonly" autocomplete="off" placeholder="请选择" class="el-input__inner" value="${value}"><span class="el-input__suffix"><span class="el-input__suffix-inner"><i class="el-select__caret el-input__icon el-icon-arrow-up"></i></span></span></div>${
    dropdown === 'inside'
      ? `<div class="el-select-dropdown el-popper" style="display: none; min-width: 240px;">${list}</div>`
      : ''
  }</div>`;
}

/** A dropdown Element appended to <body> once its select was opened. */
export function bodyDropdown(items: string[], shown: boolean, emptyText = '无数据'): string {
  const list = items.length
    ? `<ul class="el-scrollbar__view el-select-dropdown__list">${items
        .map((item) => `<li class="el-select-dropdown__item"><span>${item}</span></li>`)
        .join('')}</ul>`
    : `<p class="el-select-dropdown__empty">${emptyText}</p>`;
  return `<div class="el-select-dropdown el-popper" style="${shown ? 'min-width: 240px;' : 'display: none; min-width: 240px;'}" x-placement="bottom-start">${list}</div>`;
}

export interface VpnDialogOptions {
  border?: string;
  customer?: string;
  name?: string;
  bgp?: boolean;
  /** Title through aria-label (Element's default) or only through the title span (aria-label "dialog"). */
  title?: 'aria-label' | 'span';
}

function formItem(label: string, content: string, required = true): string {
  return `<div class="el-form-item${required ? ' is-required' : ''}"><label class="el-form-item__label" style="width: 100px;">${label}</label><div class="el-form-item__content" style="margin-left: 100px;">${content}</div></div>`;
}

/** The fields of 创建VPN连接 in order, as Element form items. */
export function vpnFormItems(options: VpnDialogOptions = {}): string {
  const { border = elSelect(), customer = elSelect(), name = '', bgp = true } = options;
  return [
    formItem(
      '名称',
      `<div class="el-input"><input type="text" autocomplete="off" class="el-input__inner" value="${name}"></div><div class="tip">名称不可为空，只支持中文、数字、大小写字母、英文下划线“_”及中划线“-”，且不能超过32字符</div>`,
    ),
    formItem(
      '描述',
      '<div class="el-textarea"><textarea class="el-textarea__inner"></textarea></div>',
      false,
    ),
    formItem('边界网关', `${border} <a class="link">新建边界网关</a>`),
    formItem('客户网关', `${customer} <a class="link">新建客户网关</a>`),
    formItem(
      '连接类型',
      '<div role="radiogroup" class="el-radio-group"><label role="radio" aria-checked="true" class="el-radio-button is-active"><input type="radio" class="el-radio-button__orig-radio" value="ipv4"><span class="el-radio-button__inner">IPv4</span></label></div>',
    ),
    formItem(
      '启用BGP',
      `<div role="switch" class="el-switch${bgp ? ' is-checked' : ''}"><input type="checkbox" name="" class="el-switch__input"><span class="el-switch__core" style="width: 40px;"></span></div>`,
      false,
    ),
  ].join('\n');
}

/** The list page with the region bar, and the Element dialog 创建VPN连接 over it (shown or not). */
export function vpnListWithDialog(
  options: VpnDialogOptions & { shown?: boolean; bodyEnd?: string } = {},
): string {
  const { shown = true, title = 'aria-label', bodyEnd = '' } = options;
  const label = title === 'aria-label' ? '创建VPN连接' : 'dialog';
  const html = page2019(
    `<div class="page-title">VPN连接</div>
<div class="region-bar"><button type="button" class="el-button is-active"><span>华北-北京</span></button><button type="button" class="el-button"><span>华南-广州</span></button><button type="button" class="el-button"><span>华东-宿迁</span></button><button type="button" class="el-button"><span>华东-上海</span></button></div>
<div class="toolbar"><button type="button" class="el-button el-button--primary"><span>创 建</span></button></div>
<div class="el-table"><div class="el-table__header-wrapper"><table><thead><tr><th><div class="cell">名称</div></th><th><div class="cell">边界网关</div></th><th><div class="cell">客户网关</div></th></tr></thead></table></div>
<div class="el-table__body-wrapper"><table><tbody></tbody></table><div class="el-table__empty-block"><span class="el-table__empty-text">暂无数据</span></div></div></div>
<div class="el-dialog__wrapper" style="${shown ? 'z-index: 2001;' : 'display: none;'}">
  <div role="dialog" aria-modal="true" aria-label="${label}" class="el-dialog" style="margin-top: 15vh; width: 600px;">
    <div class="el-dialog__header"><span class="el-dialog__title">创建VPN连接</span><button type="button" aria-label="Close" class="el-dialog__headerbtn"><i class="el-dialog__close el-icon el-icon-close"></i></button></div>
    <div class="el-dialog__body"><form class="el-form">
${vpnFormItems(options)}
    </form></div>
    <div class="el-dialog__footer"><span class="dialog-footer"><button type="button" class="el-button el-button--default"><span>取 消</span></button><button type="button" class="el-button el-button--primary"><span>确 定</span></button></span></div>
  </div>
</div>`,
    topBar({ account: 'jcloudiaas5' }),
  );
  return html.replace('</body>', `${bodyEnd}</body>`);
}

/** The create form on its own route: an el-form with 立即创建. */
export function vpnCreateRoute(options: VpnDialogOptions = {}): string {
  return page2019(
    `<div class="page-title">创建VPN连接</div>
<form class="el-form vpn-create">
${formItem('地域', '<div role="radiogroup" class="el-radio-group"><label role="radio" aria-checked="false" class="el-radio-button"><input type="radio" class="el-radio-button__orig-radio" value="cn-north-1"><span class="el-radio-button__inner">华北-北京</span></label><label role="radio" aria-checked="true" class="el-radio-button is-active"><input type="radio" class="el-radio-button__orig-radio" value="cn-south-1"><span class="el-radio-button__inner">华南-广州</span></label></div>')}
${vpnFormItems(options)}
<div class="form-footer"><button type="button" class="el-button el-button--primary"><span>立即创建</span></button><button type="button" class="el-button"><span>取消</span></button></div>
</form>`,
  );
}
