/**
 * What a JD Cloud page is. The address decides first (lib/page-address.ts); on cns-console the DOM is asked
 * too, because the VPN create forms also open as dialogs over a list without changing the URL.
 *
 * Bundled into the preflight: no zod, only `import type` from the model.
 */
import type { PageKind } from './model/page-kind';
import { addressKind, DIALOG_HOST, type PageAddress } from './page-address';

export const DIALOGS = '[role="dialog"], dialog, [aria-modal="true"]';
const FIELD_CONTROLS = 'select, [role="combobox"], input:not([type="hidden"]), textarea';
// A heading, else a UI library's title element (Element UI's `.el-dialog__title`, a modal's title).
const DIALOG_TITLES =
  'h1, h2, h3, h4, h5, h6, [role="heading"], [class*="dialog__title"], [class*="modal-title"], [class*="title"]';
const GENERIC_DIALOG_LABEL = /^(dialog|modal|对话框|弹窗)$/;
const MAX_DIALOGS = 20;
/** Pages a create dialog opens over: the VPN list, a connection's detail page, the gateway list, others. */
const DIALOG_PAGES: readonly PageKind[] = [
  'vpn-connection-list',
  'vpn-connection-detail',
  'customer-gateway-list',
  'other-console',
];
const MAX_FORMS = 20;

// Compared against whitespace-free, lowercased text.
const VPN_CONNECTION_TITLE = /(创建|新建|添加)vpn连接|(create|new|add)vpnconnection/;
const VPN_TUNNEL_TITLE = /(创建|新建|添加)(vpn)?隧道|(create|new|add)(vpn)?tunnel/;
const CUSTOMER_GATEWAY_TITLE = /(创建|新建|添加)客户网关|(create|new|add)customergateway/;
const BORDER_GATEWAY_LABEL = /边界网关|bordergateway/;
const CUSTOMER_GATEWAY_LABEL = /客户网关|customergateway/;
const PRE_SHARED_KEY_LABEL = /预共享密钥|presharedkey|pre-sharedkey|\bpsk\b/;
// A form that asks for a pre-shared key or an IKE version is a tunnel's, whatever gateways its tips name.
const TUNNEL_FIELD_LABEL = /预共享密钥|pre-?sharedkey|\bpsk|ike版本|ikeversion/;
const CUSTOMER_IP_LABEL = /公网ip|公网地址|客户ip|publicip|customerip/;

function compact(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, '').toLowerCase();
}

/** Hidden by an attribute, a closed <dialog>, or display/visibility on itself or a near ancestor. */
export function isShown(element: Element): boolean {
  if (element.closest('[hidden], [aria-hidden="true"]')) return false;
  if (element.tagName === 'DIALOG' && !element.hasAttribute('open')) return false;
  const view = element.ownerDocument.defaultView;
  if (!view) return true;
  for (let current: Element | null = element, level = 0; current && level < 4; level++) {
    const style = view.getComputedStyle(current);
    if (style.display === 'none' || style.visibility === 'hidden') return false;
    current = current.parentElement;
  }
  return true;
}

export function dialogTitle(dialog: Element): string {
  const ids = (dialog.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const labelledBy = ids.map((id) => dialog.ownerDocument.getElementById(id)?.textContent ?? '').join(' ');
  if (labelledBy.trim()) return labelledBy;
  const label = dialog.getAttribute('aria-label');
  // Element UI labels a dialog "dialog" when its title is a slot: the title element says more.
  if (label?.trim() && !GENERIC_DIALOG_LABEL.test(label.trim().toLowerCase())) return label;
  return dialog.querySelector(DIALOG_TITLES)?.textContent ?? '';
}

/**
 * Both gateways named beside fields. The add-tunnel form names them too (客户网关公网IP, a tip about the
 * 边界网关), so a form with tunnel fields is not a connection form.
 */
function hasVpnConnectionFields(element: Element, text = compact(element.textContent)): boolean {
  return (
    BORDER_GATEWAY_LABEL.test(text) &&
    CUSTOMER_GATEWAY_LABEL.test(text) &&
    !TUNNEL_FIELD_LABEL.test(text) &&
    element.querySelector(FIELD_CONTROLS) !== null
  );
}

function hasTunnelFields(element: Element, text = compact(element.textContent)): boolean {
  return TUNNEL_FIELD_LABEL.test(text) && element.querySelector(FIELD_CONTROLS) !== null;
}

/** An ASN and public IPs without a border gateway: the customer gateway's own fields. */
function hasCustomerGatewayFields(element: Element, text = compact(element.textContent)): boolean {
  return (
    text.includes('asn') &&
    CUSTOMER_IP_LABEL.test(text) &&
    !BORDER_GATEWAY_LABEL.test(text) &&
    element.querySelector(FIELD_CONTROLS) !== null
  );
}

type FormKind = 'vpn-connection-form' | 'vpn-tunnel-form' | 'customer-gateway-form';

/** The form kind a visible dialog holds, by its title, else by the labels inside it. */
export function dialogFormKind(dialog: Element): FormKind | undefined {
  const title = compact(dialogTitle(dialog));
  if (VPN_CONNECTION_TITLE.test(title)) return 'vpn-connection-form';
  if (VPN_TUNNEL_TITLE.test(title)) return 'vpn-tunnel-form';
  if (CUSTOMER_GATEWAY_TITLE.test(title)) return 'customer-gateway-form';
  const text = compact(dialog.textContent);
  if (hasVpnConnectionFields(dialog, text)) return 'vpn-connection-form';
  if (!dialog.querySelector(FIELD_CONTROLS)) return undefined;
  if (PRE_SHARED_KEY_LABEL.test(text) || hasTunnelFields(dialog, text)) return 'vpn-tunnel-form';
  if (hasCustomerGatewayFields(dialog, text)) return 'customer-gateway-form';
  return undefined;
}

function shownDialogs(document: Document): Element[] {
  return Array.from(document.querySelectorAll(DIALOGS)).slice(0, MAX_DIALOGS).filter(isShown);
}

/** Whether a form root is shown as a dialog (rather than on its own route). */
export function isInDialog(element: Element): boolean {
  return element.closest(DIALOGS) !== null;
}

/** The open dialog holding a form of `kind`, else a shown route <form> with that form's fields. */
function findForm(document: Document, kind: FormKind, hasFields: (form: Element) => boolean): Element | null {
  try {
    for (const dialog of shownDialogs(document)) {
      if (dialogFormKind(dialog) === kind) return dialog;
    }
    for (const form of Array.from(document.querySelectorAll('form')).slice(0, MAX_FORMS)) {
      if (isInDialog(form) || !isShown(form)) continue;
      if (hasFields(form)) return form;
    }
  } catch {
    // A DOM this code does not expect is "no form", never an error in the page.
  }
  return null;
}

/**
 * The VPN connection create form on this page: the open dialog holding it, or the route's <form>
 * with both gateway fields. Null when neither is shown.
 */
export function findVpnConnectionForm(document: Document): Element | null {
  return findForm(document, 'vpn-connection-form', hasVpnConnectionFields);
}

/** The add-tunnel form: the open dialog over a connection's detail page, or its route's <form>. */
export function findTunnelForm(document: Document): Element | null {
  return findForm(document, 'vpn-tunnel-form', hasTunnelFields);
}

/** The create-customer-gateway form: the open dialog over the gateway list, or its route's <form>. */
export function findCustomerGatewayForm(document: Document): Element | null {
  return findForm(document, 'customer-gateway-form', hasCustomerGatewayFields);
}

/**
 * The page kind of `url`, with `document` consulted for forms shown as dialogs on cns-console.
 * Anything that is not a JD Cloud console page (docs, marketing site, other hosts, bad URLs) is
 * `not-ours`.
 */
export function classify(url: string | PageAddress, document?: Document): PageKind {
  let address: PageAddress;
  try {
    address = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return 'not-ours';
  }
  const kind = addressKind(address, document?.title);
  const dialogsPossible = DIALOG_PAGES.includes(kind);
  if (!document || !dialogsPossible || address.hostname.toLowerCase() !== DIALOG_HOST) return kind;
  try {
    for (const dialog of shownDialogs(document)) {
      const dialogKind = dialogFormKind(dialog);
      if (dialogKind) return dialogKind;
    }
  } catch {
    // Fall back to the address alone.
  }
  return kind;
}
