import { afterEach, describe, expect, it } from 'vitest';
import { pageReportPartSchema } from '../../../lib/page-report';
import { readersByPage } from '../../../lib/readers';
import { collectPageReportPart } from '../../../lib/readers/page-report';
import { closeOpenPages, loadHtml } from '../support/load-fixture';

afterEach(closeOpenPages);

const BAR = `<header class="topbar"><a>控制台</a><a>费用</a><a>工单</a><span class="user" aria-haspopup="true">ops-alice ▾</span></header>`;

/** A capital page of cards, whose available amount is a placeholder the console shows while it loads. */
const CAPITAL = `<!doctype html><html><head><title>资金管理</title></head><body>${BAR}
<main>
  <h1>资金管理</h1>
  <div class="card"><div class="card-title">可用余额</div><div class="card-value">--</div></div>
  <div class="card"><div class="card-title">冻结金额</div><div class="card-note">提现中</div><div class="card-value">¥12.00</div></div>
  <p class="prose">余额低于提醒阈值时，我们会通过短信通知您。</p>
  <form><label>备注 <input name="memo" value="memo-not-for-reports"></label></form>
</main></body></html>`;

/** An account page laid out as a table of rows, with a tag beside the name. */
const ACCOUNT = `<!doctype html><html><head><title>基本资料</title></head><body>${BAR}
<main>
  <table class="profile">
    <tr><th>账号名</th><td>ops-alice <span class="tag">主账号</span></td></tr>
    <tr><th>用户Pin</th><td>ops_alice_pin</td></tr>
    <tr><th>实名认证</th><td>已认证（个人）</td></tr>
    <tr><th>手机号</th><td>138****1234</td></tr>
  </table>
  <p>请妥善保管您的账号信息，不要透露给他人。</p>
</main></body></html>`;

describe('collectPageReportPart on a capital page whose cash is a placeholder', () => {
  it('lists the cash label with its placeholder, passed over, and reads the rest as the preflight does', async () => {
    const page = await loadHtml(
      'https://billing-console.jdcloud.com/cost/capital/capital-overview?token=abc#x',
      CAPITAL,
    );
    const part = collectPageReportPart(page.context(), 'capital-overview', page.url);

    expect(part.pageKind).toBe('capital-overview');
    expect(part.kindFrom).toBe('address');
    expect(part.address).toBe('billing-console.jdcloud.com/cost/capital/capital-overview');
    // The readings the preflight sends: no cash (a placeholder is no value), the frozen amount by its label.
    expect(part.readings).toEqual(readersByPage['capital-overview']?.(page.context()));
    expect(part.readings).toContainEqual({ field: 'frozen', value: 1200, found: 'label' });
    expect(part.readings.some((reading) => reading.field === 'cash')).toBe(false);

    expect(part.considered).toContainEqual({
      label: '可用余额',
      candidates: [{ text: '--', outcome: 'untrusted' }],
    });
    expect(part.considered).toContainEqual({
      label: '冻结金额',
      candidates: [
        { text: '提现中', outcome: 'not-a-value' },
        { text: '¥12.00', outcome: 'taken' },
      ],
    });
  });

  it('carries nothing of the page the readers did not consider', async () => {
    const page = await loadHtml('https://billing-console.jdcloud.com/cost/capital/capital-overview', CAPITAL);
    const json = JSON.stringify(collectPageReportPart(page.context(), 'capital-overview', page.url));
    for (const text of ['短信', 'memo-not-for-reports', '资金管理', 'token'])
      expect(json).not.toContain(text);
  });
});

describe('collectPageReportPart on an account page of table rows', () => {
  it('lists each label with the candidates tried and what became of them', async () => {
    const page = await loadHtml('https://uc.jdcloud.com/account/basic-info', ACCOUNT);
    const part = collectPageReportPart(page.context(), 'account-info', page.url);

    expect(part.kindFrom).toBe('address');
    expect(part.readings).toEqual(
      expect.arrayContaining([
        { field: 'account', value: 'ops-alice', found: 'label' },
        { field: 'pin', value: 'ops_alice_pin', found: 'label' },
        { field: 'realName', value: 'personal', found: 'label' },
      ]),
    );
    expect(part.considered).toContainEqual({
      label: '账号名',
      candidates: [{ text: 'ops-alice 主账号', outcome: 'taken' }],
    });
    expect(part.considered).toContainEqual({
      label: '用户Pin',
      candidates: [{ text: 'ops_alice_pin', outcome: 'taken' }],
    });
    const json = JSON.stringify(part);
    // The phone row's label was never looked up; the prose is nobody's value.
    expect(json).not.toContain('138****1234');
    expect(json).not.toContain('妥善保管');
  });

  it('says the page decided when a create dialog made the kind, by the dialog’s title', async () => {
    const page = await loadHtml(
      'https://cns-console.jdcloud.com/host/vpnConnection/list',
      `<body><main><h1>VPN连接</h1></main>
      <div role="dialog" aria-modal="true"><h3 class="el-dialog__title">创建VPN连接</h3>
        <form><label>名称 <input value="vpn-1"></label>
        <label>边界网关 <select><option value="bgw-1" selected>bgw-1</option></select></label>
        <label>客户网关 <select><option value="cgw-1" selected>cgw-1</option></select></label></form>
      </div></body>`,
    );
    const part = collectPageReportPart(page.context(), 'vpn-connection-form', page.url);
    expect(part.kindFrom).toBe('page');
    expect(part.marker).toBe('创建VPN连接');
    expect(part.draft).toMatchObject({ presentation: 'dialog', name: 'vpn-1' });
  });
});

describe('collectPageReportPart beside a block too long to be a value', () => {
  it('says how long it was, and copies none of its words (the readers never read them)', async () => {
    const prose = `尊敬的客户，您的手机号 13812345678 已绑定。${'这是一段很长的说明文字。'.repeat(45)}`;
    const page = await loadHtml(
      'https://uc.jdcloud.com/cost/capital/capital-overview',
      `<main><div class="item"><span>可用余额</span></div><div class="notice">${prose}</div></main>`,
    );
    const part = collectPageReportPart(page.context(), 'capital-overview', page.url);
    expect(JSON.stringify(part)).not.toContain('13812345678');
    expect(part.considered).toContainEqual({
      label: '可用余额',
      candidates: [{ text: `‹${prose.length} chars›`, outcome: 'not-a-value' }],
    });
  });
});

describe('collectPageReportPart on the add-tunnel form', () => {
  it('shows the tunnel as its reader reads it, the key as its shape only', async () => {
    const page = await loadHtml(
      'https://cns-console.jdcloud.com/host/vpnConnection/detail/vpnc-1/tunnel/create',
      `<body><main><h1>添加隧道</h1>
        <form><label>隧道IP <input value="169.254.1.4/30"></label>
        <label>预共享密钥 <input type="password" value="Jdc_Vpn-2026"></label></form>
      </main></body>`,
    );
    const part = collectPageReportPart(page.context(), 'vpn-tunnel-form', page.url);
    expect(part.draft).toMatchObject({ form: 'tunnel', presentation: 'route', insideCidr: '169.254.1.4/30' });
    expect(JSON.stringify(part)).not.toContain('Jdc_Vpn-2026');
    expect(pageReportPartSchema.safeParse(part).success).toBe(true);
  });
});
