import { describe, expect, it } from 'vitest';
import { isPrompt } from '../../../lib/readers/controls';

describe('a select’s prompt, empty state or loading word', () => {
  it.each([
    '',
    '请选择',
    '请选择边界网关',
    'Please select a gateway',
    'Select one',
    '暂无数据',
    '暂无',
    '暂无可用边界网关',
    '无可用客户网关',
    '加载失败，请重试',
    'No results',
    'no result',
    'No available gateway',
    'Failed to load',
    '加载中',
    'Loading...',
  ])('%j is no choice', (text) => {
    expect(isPrompt(text)).toBe(true);
  });

  it.each(['ecp256 (DH19)', 'IKEv2', '无', 'none', 'No PFS', 'selected', '暂无数据了吗？', 'bgw-prod'])(
    '%j is a choice',
    (text) => {
      expect(isPrompt(text)).toBe(false);
    },
  );
});
