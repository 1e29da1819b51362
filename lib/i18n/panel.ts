import type { Language } from './index';

/**
 * The guard's words before any verdict has arrived: the only words the page script carries. The rest of the
 * panel's come with each view, rendered by the background like every check's text.
 */
export const noVerdictTexts = {
  en: {
    'guard.title.unknown': 'Not sure this VPN can be created',
    'guard.intro.unknown': 'VPN Preflight could not confirm your account is ready:',
    'guard.proceed': 'Proceed anyway',
    'guard.cancel': 'Back to the form',
  },
  'zh-CN': {
    'guard.title.unknown': '无法确认能否创建此 VPN',
    'guard.intro.unknown': 'VPN 预检无法确认您的账号已就绪：',
    'guard.proceed': '仍然提交',
    'guard.cancel': '返回修改',
  },
} as const satisfies Record<Language, Record<string, string>>;

/** The panel's and guard dialog's own words, sent with each view (lib/views.ts). */
export const panelCatalog = {
  en: {
    ...noVerdictTexts.en,
    'app.name': 'VPN Preflight',
    'status.pass': 'OK',
    'status.warn': 'Warning',
    'status.fail': 'Problem',
    'status.unknown': 'Unknown',
    'panel.collapse': 'Collapse',
    'panel.refresh': 'Refresh from OpenAPI',
    'panel.expand': 'Show VPN Preflight checklist',
    // The guard's title says what the banner says: a failure is certain, missing data is not, a warning is no block.
    'guard.title.blocked': 'Creating this VPN will fail',
    'guard.title.warning': 'This VPN can be created, with warnings',
    'guard.intro.blocked': 'VPN Preflight found problems before you submit:',
    'guard.intro.warning': 'Look at these warnings before you submit:',
    'guard.blockedNote':
      'Submitting is blocked while a required check fails (guard mode: block). You can change this in the options.',
  },
  'zh-CN': {
    ...noVerdictTexts['zh-CN'],
    'app.name': 'VPN 预检',
    'status.pass': '通过',
    'status.warn': '提醒',
    'status.fail': '未通过',
    'status.unknown': '未知',
    'panel.collapse': '收起',
    'panel.refresh': '从 OpenAPI 刷新',
    'panel.expand': '展开 VPN 预检清单',
    'guard.title.blocked': '创建此 VPN 将会失败',
    'guard.title.warning': '可以创建此 VPN，但有提醒',
    'guard.intro.blocked': 'VPN 预检在提交前发现以下问题：',
    'guard.intro.warning': '提交前请查看以下提醒：',
    'guard.blockedNote': '必需检查未通过时禁止提交（拦截模式：阻止）。可在设置中更改。',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type PanelText = keyof (typeof panelCatalog)['en'];
export type PanelTexts = Record<PanelText, string>;
