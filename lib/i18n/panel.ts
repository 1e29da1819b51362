import type { Language } from './index';

/**
 * The guard's words before any verdict has arrived: the only words the page script carries. The rest of the
 * panel's come with each view, rendered by the background like every check's text.
 */
export const noVerdictTexts = {
  en: {
    'guard.title': 'This VPN may not be created',
    'guard.unknownIntro': 'VPN Preflight could not confirm your account is ready:',
    'guard.proceed': 'Proceed anyway',
    'guard.cancel': 'Fix first',
  },
  'zh-CN': {
    'guard.title': '此 VPN 可能无法创建',
    'guard.unknownIntro': 'VPN 预检无法确认您的账号已就绪：',
    'guard.proceed': '仍然提交',
    'guard.cancel': '先去处理',
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
    'guard.blockedTitle': 'Creating this VPN will fail',
    'guard.intro': 'VPN Preflight found problems before you submit:',
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
    'guard.blockedTitle': '创建此 VPN 将会失败',
    'guard.intro': 'VPN 预检在提交前发现以下问题：',
    'guard.blockedNote': '必需检查未通过时禁止提交（拦截模式：阻止）。可在设置中更改。',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type PanelText = keyof (typeof panelCatalog)['en'];
export type PanelTexts = Record<PanelText, string>;
