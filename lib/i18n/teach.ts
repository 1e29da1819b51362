import type { RealNameStatus } from '../model/observation';
import type { TaughtField } from '../model/settings';
import type { Language } from './index';

/** The teach chip's and the picker's words: carried by the on-demand teach module, not by the page script. */
export const teachCatalog = {
  en: {
    'field.cash': 'available balance',
    'field.realName': 'real-name status',
    'field.account': 'account name',
    'chip.missed': 'VPN Preflight could not read the {field} on this page.',
    'chip.teach': 'Point at it',
    'chip.dismiss': 'Dismiss',
    'chip.taught': 'Got it: the {field} will be read from there.',
    'picker.hint':
      'Click the {field}. Arrow keys or Tab move between candidates, Enter picks, Escape cancels.',
    'picker.reads': 'Reads: {value}',
    'picker.notValue': 'That is not a {field}. Try another element.',
    'picker.placeholder': 'That shows a placeholder, not a value. Try another element.',
    'picker.confirmPrompt': 'Use this as the {field}: {value}?',
    'picker.confirm': 'Use it',
    'picker.cancel': 'Cancel',
    'picker.failed': 'It could not be kept: {reason}',
    'status.none': 'not verified',
    'status.personal': 'personal verification',
    'status.enterprise': 'enterprise verification',
    'status.both': 'personal and enterprise verification',
    'status.pending': 'under review',
    'status.rejected': 'rejected',
  },
  'zh-CN': {
    'field.cash': '可用余额',
    'field.realName': '实名认证状态',
    'field.account': '账号名',
    'chip.missed': 'VPN 预检未能在此页面读取{field}。',
    'chip.teach': '指出位置',
    'chip.dismiss': '关闭',
    'chip.taught': '已记住：今后从该位置读取{field}。',
    'picker.hint': '请点击{field}。方向键或 Tab 在候选项间移动，回车选择，Esc 取消。',
    'picker.reads': '读取结果：{value}',
    'picker.notValue': '这不是{field}，请换一个元素。',
    'picker.placeholder': '这里显示的是占位符而不是数值，请换一个元素。',
    'picker.confirmPrompt': '将其作为{field}：{value}？',
    'picker.confirm': '使用',
    'picker.cancel': '取消',
    'picker.failed': '未能保存：{reason}',
    'status.none': '未认证',
    'status.personal': '个人认证',
    'status.enterprise': '企业认证',
    'status.both': '个人及企业认证',
    'status.pending': '审核中',
    'status.rejected': '未通过',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type TeachText = keyof (typeof teachCatalog)['en'];

/** One text of the catalog with its `{name}` parameters filled in. */
export function teachText(language: Language, key: TeachText, params: Record<string, string> = {}): string {
  return teachCatalog[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

export const fieldName = (language: Language, field: TaughtField) => teachText(language, `field.${field}`);
export const statusName = (language: Language, status: RealNameStatus) =>
  teachText(language, `status.${status}`);
