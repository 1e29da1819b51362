/**
 * The create-customer-gateway form (创建客户网关), as a dialog over the gateway list or on its own route,
 * with the count of the list under a dialog.
 */
import type { CustomerGatewayDraft } from '../model/draft';
import { isInDialog } from '../pages';
import { readTextControl, shownWithin } from './controls';
import { readCustomerGatewayList } from './customer-gateway-list';
import {
  findLabelledControl,
  findLabelledControls,
  type LabelIndex,
  normalizeLabel,
  readLabelledValue,
} from './labels';
import { labelsOf, type PageContext } from './page-context';
import { REGION_LABELS, readPageRegion } from './page-region';
import { ipCountOf } from './values';

const NAME_LABELS = ['客户网关名称', '网关名称', '名称', 'Customer Gateway Name', 'Gateway Name', 'Name'];
const DESCRIPTION_LABELS = ['描述', '备注', 'Description'];
const IP_COUNT_LABELS = [
  '公网IP个数',
  '公网地址个数',
  '公网IP数量',
  'IP个数',
  'Number of Public IPs',
  'Number of IPs',
  'Public IP Count',
  'IP Count',
];
const IP_LABELS = [
  '公网IP',
  '公网地址',
  '公网IP地址',
  '客户网关公网IP',
  'Public IP Addresses',
  'Public IP Address',
  'Public IPs',
  'Public IP',
  'Customer IPs',
];
const ASN_LABELS = ['BGP ASN', 'ASN', 'BGP AS号', 'AS号', 'BGP AS Number', 'AS Number'];
const VOCABULARY = [
  ...REGION_LABELS,
  ...NAME_LABELS,
  ...DESCRIPTION_LABELS,
  ...IP_COUNT_LABELS,
  ...IP_LABELS,
  ...ASN_LABELS,
];
// One input per address, labelled with its number: 公网IP1, Public IP 2 (compared normalized).
const NUMBERED_IP = /^(?:公网ip|公网地址|public ip(?: address)?|customer ip)\s*(\d{1,2})$/;
const ADDRESS_TYPES = ['text', 'tel', 'url', ''];
const MAX_IPS = 16;
const MAX_TEXT = 256;

/** An input a person types an address into: not a radio, a checkbox or a key field. */
function isAddressInput(control: Element, form: Element): boolean {
  if (control.tagName !== 'INPUT') return false;
  const type = (control.getAttribute('type') ?? '').toLowerCase();
  return ADDRESS_TYPES.includes(type) && shownWithin(control, form);
}

/** What a text field holds as typed; never a key field's value. */
function typedText(control: Element | undefined): string | undefined {
  if (control?.getAttribute('type')?.toLowerCase() === 'password') return undefined;
  return readTextControl(control);
}

/**
 * The public IP inputs the form shows, in order: those under one 公网IP label, else one labelled input per
 * address (Public IP 1, Public IP 2, by a label or aria-label).
 */
function addressInputs(index: LabelIndex, form: Element): Element[] {
  const together = findLabelledControls(index, form, IP_LABELS, VOCABULARY).filter((control) =>
    isAddressInput(control, form),
  );
  if (together.length > 0) return together.slice(0, MAX_IPS);
  const numbered: [number, Element][] = [];
  for (const entry of index.entries) {
    const n = NUMBERED_IP.exec(entry.key)?.[1];
    if (!n) continue;
    const control = findLabelledControl({ entries: [entry] }, form, [entry.display], VOCABULARY);
    if (control && isAddressInput(control, form)) numbered.push([Number(n), control]);
  }
  if (numbered.length === 0) {
    for (const input of Array.from(form.querySelectorAll('input[aria-label]')).slice(0, 40)) {
      const n = NUMBERED_IP.exec(normalizeLabel(input.getAttribute('aria-label') ?? ''))?.[1];
      if (n && isAddressInput(input, form)) numbered.push([Number(n), input]);
    }
  }
  // Two labels naming the same input count it once.
  const inputs = numbered.sort(([a], [b]) => a - b).map(([, control]) => control);
  return inputs.filter((input, i) => inputs.indexOf(input) === i).slice(0, MAX_IPS);
}

/**
 * The create-customer-gateway form in `root` as filled so far. Each field the form does not show readably
 * is absent; the public IPs are one entry per address input shown, '' for an empty one.
 */
export function readCustomerGatewayForm(page: PageContext, root: Element): CustomerGatewayDraft {
  const draft: CustomerGatewayDraft = {
    form: 'customer-gateway',
    presentation: isInDialog(root) ? 'dialog' : 'route',
  };
  try {
    const index = labelsOf(page, root);
    const control = (labels: readonly string[]) => findLabelledControl(index, root, labels, VOCABULARY);
    const region = readPageRegion(root, index, page, VOCABULARY);
    if (region) draft.region = region;
    const name = typedText(control(NAME_LABELS));
    if (name !== undefined) draft.name = name.slice(0, 1024);
    const description = typedText(control(DESCRIPTION_LABELS));
    if (description !== undefined) draft.description = description.slice(0, 4096);
    const ipCount = readLabelledValue(index, root, IP_COUNT_LABELS, VOCABULARY, ipCountOf);
    if (ipCount !== undefined) draft.ipCount = ipCount;
    const inputs = addressInputs(index, root);
    if (inputs.length > 0) {
      draft.customerIps = inputs.map((input) => (input as HTMLInputElement).value.slice(0, MAX_TEXT));
    }
    const bgpAsn = typedText(control(ASN_LABELS));
    if (bgpAsn !== undefined) draft.bgpAsn = bgpAsn.slice(0, MAX_TEXT);
    // The list under a dialog: how many gateways the region already has.
    const existing = readCustomerGatewayList(page);
    if (existing) draft.existingGateways = existing;
  } catch {
    // A DOM this code does not expect leaves the rest of the draft unknown.
  }
  return draft;
}
