import type { Reading, RealNameStatus } from '../model/observation';
import { findLabels, indexLabels, type LabelIndex } from './labels';
import {
  type Found,
  mainContent,
  overrideElement,
  type PageContext,
  readOverriddenOrLabelled,
  taughtElement,
} from './page-context';

/** Labels that hold a status word ("实名认证状态：已认证"). */
export const REAL_NAME_STATUS_LABELS = [
  '实名认证状态',
  '认证状态',
  '实名状态',
  'Real-name Verification Status',
  'Verification Status',
  'Real-name Status',
];

/**
 * Every label a real-name status may sit beside. The bare "实名认证" labels a row on the account page, but
 * on the real-name page it is the page's own title, so that page looks up REAL_NAME_STATUS_LABELS only.
 */
export const REAL_NAME_LABELS = [...REAL_NAME_STATUS_LABELS, '实名认证', 'Real-name Verification'];

// Compared with lowercased text. The order of the checks in parseRealNameStatus matters: a rejection or
// a negation is never read as the kind it names.
const REJECTED = /认证失败|驳回|未通过|冻结|rejected|failed|frozen|declined|not approved/;
const NEGATED =
  /未完成|尚未|已过期|过期|已注销|注销|失效|未认证|未实名|unverified|not verified|not completed|incomplete|expired|cancell?ed|revoked/;
const PENDING =
  /审核中|认证中|待审核|待回填|等待审核|under review|in review|pending|reviewing|being reviewed|awaiting review|wait for (?:the )?review/;
// The en words only as the text's last word: "Verified On" is a label, not a state.
const VERIFIED = /已认证|认证成功|认证通过|已实名|已完成.{0,4}认证|(?:verified|approved)[\s.!)）✓✔]*$/;
const OFFER =
  /^(立即认证|去认证|开始认证|马上认证|立即实名认证|去实名认证|verify now|get verified|start verification|verify)$/;
const PERSONAL = /个人|personal|individual/;
const ENTERPRISE = /企业|enterprise|company|business|organization/;
// A sentence about what verification brings, needs or allows is prose, not a status: "认证成功后可购买云产品",
// "已完成个人实名认证的用户可升级为企业实名认证".
const PROSE =
  /后|之后|将|需|如果|若|可|方可|才能|以便|即可|适用于|请先|的用户|升级|\bwhen\b|\bafter\b|\bonce\b|\bif\b|\bwill\b|\bcan\b|\bmust\b|\bupgrade/;
const MAX_STATUS_TEXT = 60;

/**
 * A real-name status from the console's wording (zh or en). Words for "verified" that do not say
 * personal or enterprise give `undefined`: the type is not guessed. A negation or a lapse (未完成, 已过期,
 * 未认证) is `none`, never a pass.
 */
export function parseRealNameStatus(text: string): RealNameStatus | undefined {
  const t = text.toLowerCase();
  if (!t.trim() || t.length > 80) return undefined;
  if (REJECTED.test(t)) return 'rejected';
  if (NEGATED.test(t)) return 'none';
  if (PENDING.test(t)) return 'pending';
  const personal = PERSONAL.test(t);
  const enterprise = ENTERPRISE.test(t);
  if (personal && enterprise) return 'both';
  if (personal) return 'personal';
  if (enterprise) return 'enterprise';
  return undefined;
}

/** The real-name status beside one of `labels` under `root`, or the override's. */
export function readRealNameStatus(
  page: PageContext,
  index: LabelIndex,
  root: Element,
  labels: readonly string[],
  vocabulary: readonly string[],
): Found<RealNameStatus> | undefined {
  return readOverriddenOrLabelled(page, 'realName', index, root, labels, vocabulary, parseRealNameStatus);
}

type Kind = 'personal' | 'enterprise';
type State = 'verified' | 'pending' | 'rejected' | 'negated' | 'offer';

// A block's heading: 个人实名认证 / 企业认证 / Personal Verification, possibly with its status after it.
const KIND_HEADING =
  /^(个人|企业)(用户)?(实名)?认证|^(personal|individual|enterprise|company|business) (real-name )?(verification|authentication)/;

const CLAUSES = /[，。；;！!,.？?]+/;

/** The status word of one short text, clause by clause (prose clauses left out), or undefined. */
function stateOf(key: string): State | undefined {
  if (OFFER.test(key)) return 'offer';
  const states = new Set<State>();
  for (const clause of key.split(CLAUSES)) {
    if (!clause.trim() || clause.length > MAX_STATUS_TEXT || PROSE.test(clause)) continue;
    if (REJECTED.test(clause)) states.add('rejected');
    else if (NEGATED.test(clause)) states.add('negated');
    else if (PENDING.test(clause)) states.add('pending');
    else if (VERIFIED.test(clause)) states.add('verified');
  }
  for (const state of ['rejected', 'negated', 'pending', 'verified'] as const)
    if (states.has(state)) return state;
  return undefined;
}

function kindOf(key: string): Kind | undefined {
  const personal = PERSONAL.test(key);
  const enterprise = ENTERPRISE.test(key);
  return personal === enterprise ? undefined : personal ? 'personal' : 'enterprise';
}

/** Each block's element: the highest ancestor of its heading (a few levels up) holding no other kind's heading. */
function kindBlocks(
  headings: readonly { element: Element; kind: Kind }[],
  root: Element,
): Map<Element, Kind> {
  const blocks = new Map<Element, Kind>();
  for (const { element, kind } of headings) {
    const others = headings.filter((heading) => heading.kind !== kind).map((heading) => heading.element);
    let block = element;
    for (let level = 0; level < 5; level++) {
      const parent = block.parentElement;
      if (!parent || parent === root || others.some((other) => parent.contains(other))) break;
      block = parent;
    }
    if (!blocks.has(block)) blocks.set(block, kind);
  }
  return blocks;
}

function blockKindOf(element: Element, blocks: Map<Element, Kind>): Kind | undefined {
  let current: Element | null = element;
  for (let level = 0; current && level < 8; level++, current = current.parentElement) {
    const kind = blocks.get(current);
    if (kind) return kind;
  }
  return undefined;
}

/**
 * The status the page's two blocks (个人实名认证, 企业实名认证) show without a status label: a verified
 * state inside a block names its kind (both blocks: both); under review, rejected or negated wording
 * anywhere says so; only an offer to verify (立即认证) with no state anywhere says `none`, by inference.
 */
function readBlocks(index: LabelIndex, root: Element, inferNone: boolean): Found<RealNameStatus> | undefined {
  const headings: { element: Element; kind: Kind }[] = [];
  const states: { element: Element; key: string; state: State }[] = [];
  for (const { element, key } of index.entries) {
    const heading = KIND_HEADING.exec(key);
    if (heading) {
      const kind = kindOf(heading[0]);
      if (kind) headings.push({ element, kind });
    }
    const state = stateOf(heading ? key.slice(heading[0].length) : key);
    if (state) states.push({ element, key, state });
  }
  if (states.length === 0) return undefined;
  const blocks = kindBlocks(headings, root);
  // Per kind, what its block (or a text naming it) says; `page` for texts that name no kind.
  const said = new Map<Kind | 'page', Set<State>>();
  for (const { element, key, state } of states) {
    // A verified state in a text that names both kinds says nothing about either.
    if (state === 'verified' && PERSONAL.test(key) && ENTERPRISE.test(key)) continue;
    const kind = kindOf(key) ?? blockKindOf(element, blocks) ?? 'page';
    const set = said.get(kind) ?? new Set<State>();
    set.add(state);
    said.set(kind, set);
  }
  const verified = (kind: Kind) => {
    const set = said.get(kind);
    return !!set?.has('verified') && !set.has('negated') && !set.has('rejected') && !set.has('pending');
  };
  const personal = verified('personal');
  const enterprise = verified('enterprise');
  if (personal || enterprise) {
    return { value: personal && enterprise ? 'both' : personal ? 'personal' : 'enterprise', found: 'label' };
  }
  const anywhere = (state: State) => Array.from(said.values()).some((set) => set.has(state));
  if (anywhere('pending')) return { value: 'pending', found: 'label' };
  if (anywhere('rejected')) return { value: 'rejected', found: 'label' };
  if (anywhere('negated')) return { value: 'none', found: 'label' };
  // A verified state whose kind the page does not tell is still no "none".
  if (anywhere('verified') || !inferNone) return undefined;
  return { value: 'none', found: 'inference' };
}

/**
 * The real-name page (realname.jdcloud.com/account/verify, formerly uc.jdcloud.com/account/verify
 * or /account/certify). A status label decides where it reads as a status; else the two blocks do. Where
 * the page has a status label (blank, or "已认证" without a kind) an offer to verify proves nothing: only a
 * status word does. The page also describes 个人认证 and 企业认证 as the kinds one can apply for: that
 * prose is not a status.
 */
export function readRealName(page: PageContext): Reading[] {
  const root = mainContent(page.document);
  if (!root) return [];
  const index = indexLabels(root);
  const labelled = readRealNameStatus(page, index, root, REAL_NAME_STATUS_LABELS, REAL_NAME_STATUS_LABELS);
  if (labelled) return [{ field: 'realName', ...labelled }];
  // A matching taught place or override is the answer even when it does not parse.
  if (taughtElement(page, 'realName') || overrideElement(page, 'realName')) return [];
  const status = readBlocks(index, root, findLabels(index, REAL_NAME_STATUS_LABELS).length === 0);
  return status ? [{ field: 'realName', ...status }] : [];
}
