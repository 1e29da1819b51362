import type { VpnDraft } from '../model/draft';
import { findVpnConnectionForm, isInDialog } from '../pages';
import { readGatewaySelect, readSwitch, readTextControl } from './controls';
import { findLabelledControl } from './labels';
import { labelsOf, type PageContext } from './page-context';
import { REGION_LABELS, readPageRegion } from './page-region';

const NAME_LABELS = ['名称', 'VPN连接名称', '连接名称', 'Name', 'VPN Connection Name', 'Connection Name'];
const DESCRIPTION_LABELS = ['描述', '备注', 'Description'];
const BORDER_GATEWAY_LABELS = ['边界网关', 'Border Gateway'];
const CUSTOMER_GATEWAY_LABELS = ['客户网关', 'Customer Gateway'];
const BGP_LABELS = ['启用BGP', 'Enable BGP', 'BGP'];
const FORM_VOCABULARY = [
  ...REGION_LABELS,
  ...NAME_LABELS,
  ...DESCRIPTION_LABELS,
  ...BORDER_GATEWAY_LABELS,
  ...CUSTOMER_GATEWAY_LABELS,
  ...BGP_LABELS,
];

/**
 * The VPN connection create form as filled so far, or undefined when no such form is shown.
 * Each field the form does not show readably is absent. `root` is the form when the caller has already
 * found it (the content script has, each scan).
 */
export function readVpnConnectionForm(page: PageContext, root?: Element): VpnDraft | undefined {
  try {
    const form = root ?? findVpnConnectionForm(page.document);
    if (!form) return undefined;
    const index = labelsOf(page, form);
    const control = (labels: readonly string[]) => findLabelledControl(index, form, labels, FORM_VOCABULARY);
    const draft: VpnDraft = { presentation: isInDialog(form) ? 'dialog' : 'route' };
    const region = readPageRegion(form, index, page, FORM_VOCABULARY);
    if (region) draft.region = region;
    const name = readTextControl(control(NAME_LABELS));
    if (name !== undefined) draft.name = name.slice(0, 1024);
    const description = readTextControl(control(DESCRIPTION_LABELS));
    if (description !== undefined) draft.description = description.slice(0, 4096);
    const borderGateway = readGatewaySelect(control(BORDER_GATEWAY_LABELS), form);
    if (borderGateway) draft.borderGateway = borderGateway;
    const customerGateway = readGatewaySelect(control(CUSTOMER_GATEWAY_LABELS), form);
    if (customerGateway) draft.customerGateway = customerGateway;
    const bgpEnabled = readSwitch(control(BGP_LABELS));
    if (bgpEnabled !== undefined) draft.bgpEnabled = bgpEnabled;
    return draft;
  } catch {
    return undefined;
  }
}
