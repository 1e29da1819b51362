import type { Reading, RealNameStatus } from '../model/observation';
import { indexLabels } from './labels';
import { mainContent, type PageContext, readOverriddenOrLabelled } from './page-context';

export const REAL_NAME_LABELS = [
  '实名认证状态',
  '认证状态',
  '实名状态',
  '实名认证',
  'Real-name Verification Status',
  'Verification Status',
  'Real-name Status',
  'Real-name Verification',
];

/**
 * A real-name status from the console's wording (zh or en). Words for "verified" that do not say
 * personal or enterprise give `undefined`: the type is not guessed.
 */
export function parseRealNameStatus(text: string): RealNameStatus | undefined {
  const t = text.toLowerCase();
  if (!t.trim() || t.length > 80) return undefined;
  if (/认证失败|已驳回|驳回|未通过|rejected|failed/.test(t)) return 'rejected';
  if (/审核中|认证中|待审核|under review|in review|pending/.test(t)) return 'pending';
  if (/未认证|未实名|unverified|not verified/.test(t)) return 'none';
  const personal = /个人|personal|individual/.test(t);
  const enterprise = /企业|enterprise|company|business/.test(t);
  if (personal && enterprise) return 'both';
  if (personal) return 'personal';
  if (enterprise) return 'enterprise';
  return undefined;
}

/** The real-name status a page shows next to one of REAL_NAME_LABELS, or undefined. */
export function readRealNameStatus(
  page: PageContext,
  root: Element,
  vocabulary: readonly string[],
): RealNameStatus | undefined {
  const index = indexLabels(root);
  return readOverriddenOrLabelled(
    page,
    'realName',
    index,
    root,
    REAL_NAME_LABELS,
    vocabulary,
    parseRealNameStatus,
  );
}

/**
 * The real-name page (realname.jdcloud.com/account/verify, formerly uc.jdcloud.com/account/verify
 * or /account/certify). Only the labelled status counts: the page also shows "个人认证" and
 * "企业认证" as the two kinds one can apply for.
 */
export function readRealName(page: PageContext): Reading[] {
  const root = mainContent(page.document);
  if (!root) return [];
  const status = readRealNameStatus(page, root, REAL_NAME_LABELS);
  return status ? [{ field: 'realName', value: status, found: 'label' }] : [];
}
