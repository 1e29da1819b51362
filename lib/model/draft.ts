import { z } from 'zod';

/** What a gateway select on the VPN form offered when it was read. */
export const gatewaySelectSchema = z.object({
  /** Label of the chosen option; absent when nothing is chosen. */
  selected: z.string().max(256).optional(),
  /** Labels of the real options (placeholders such as "请选择" and "暂无数据" excluded). */
  options: z.array(z.string().max(256)).max(500),
});
export type GatewaySelect = z.infer<typeof gatewaySelectSchema>;

/** The forms the extension checks: what each one buys decides its checks. */
export type Form = 'connection' | 'tunnel' | 'customer-gateway';

/*
 * Every draft is the form as the person has filled it so far. A field the reader could not find, or
 * the page did not show, is absent (not empty, not a default): absent means "unknown". Typed fields keep
 * the text as typed, so a value that is not a number is judged, not lost.
 */

const presentation = z.enum(['route', 'dialog']);
const regionCode = z.string().max(64);
const typedText = z.string().max(256);

/** The VPN connection create form (创建VPN连接). Drafts from before the forms were told apart lack `form`. */
export const vpnDraftSchema = z.object({
  form: z.literal('connection').optional(),
  /** How the form is shown: its own route or a dialog over the list. */
  presentation,
  /** Region code such as `cn-north-1`, when the page shows it. */
  region: regionCode.optional(),
  name: z.string().max(1024).optional(),
  description: z.string().max(4096).optional(),
  borderGateway: gatewaySelectSchema.optional(),
  customerGateway: gatewaySelectSchema.optional(),
  bgpEnabled: z.boolean().optional(),
});
export type VpnDraft = z.infer<typeof vpnDraftSchema>;

/** A tunnel the connection already has, as a row of the detail page's tunnel list shows it. */
export const existingTunnelSchema = z.object({
  cloudIp: typedText.optional(),
  customerIp: typedText.optional(),
  /** Its inside CIDR (隧道IP), e.g. `169.254.1.0/30`. */
  insideCidr: typedText.optional(),
});
export type ExistingTunnel = z.infer<typeof existingTunnelSchema>;

/**
 * What the psk-format check needs to know of a pre-shared key, and nothing more: the key itself is a secret
 * and never leaves the page (the reader sends pskShapeOf(value), lib/rules/psk-format.ts).
 */
export const pskShapeSchema = z.object({
  /** Characters typed; 0 when the field is left for the console to generate a key. */
  length: z.number().int().nonnegative().max(100_000),
  /** How many of them are not ASCII letters, digits, `_` or `-`. */
  disallowed: z.number().int().nonnegative().max(100_000),
  /** `0x` or `0s` when the key starts so (IPsec software reads those as hex or base64). */
  reservedPrefix: z.enum(['0x', '0s']).optional(),
});
export type PskShape = z.infer<typeof pskShapeSchema>;

/**
 * The add-tunnel form (a connection's detail page, 资源信息 → 添加隧道), with what the detail page shows
 * around it. Algorithm and lifetime fields hold the text the form shows (`AES128`, `14400`); the
 * ike-ipsec rule maps it to the values of the SDK's VpnTunnelSpec. Names follow that spec.
 */
export const tunnelDraftSchema = z.object({
  form: z.literal('tunnel'),
  presentation,
  region: regionCode.optional(),
  connectionId: typedText.optional(),
  connectionName: typedText.optional(),
  /** The connection's border gateway, as the detail page names it. */
  borderGateway: typedText.optional(),
  /** The chosen cloud public IP (one of the connection's two) and customer IP (one of the gateway's). */
  cloudIp: typedText.optional(),
  customerIp: typedText.optional(),
  /** How many public IPs the connection's customer gateway has (1, 2 or 4). */
  customerGatewayIpCount: z.number().int().min(0).max(64).optional(),
  /** 隧道IP: the tunnel's inside CIDR as typed; '' when left empty. */
  insideCidr: typedText.optional(),
  /** The pre-shared key's shape, never the key. */
  psk: pskShapeSchema.optional(),
  ikeVersion: typedText.optional(),
  /** IKEv1 only. */
  ikeMode: typedText.optional(),
  /** IKE DH group. */
  ikeKeyExchange: typedText.optional(),
  ikeCipher: typedText.optional(),
  ikeAuth: typedText.optional(),
  ikeDpdSec: typedText.optional(),
  ikeSaLifeSec: typedText.optional(),
  ipsecCipher: typedText.optional(),
  ipsecAuth: typedText.optional(),
  /** IPsec PFS DH group, or none. */
  ipsecKeyExchange: typedText.optional(),
  ipsecSaLifeSec: typedText.optional(),
  ipsecSaLifepkt: typedText.optional(),
  ipsecSaLifebyte: typedText.optional(),
  bandwidthMbps: typedText.optional(),
  /** The connection's tunnels from the detail page's list; absent when the list was not shown. */
  existingTunnels: z.array(existingTunnelSchema).max(64).optional(),
  /** Inside CIDRs of other connections' tunnels on the same border gateway, when known. */
  borderGatewayTunnelCidrs: z.array(typedText).max(500).optional(),
});
export type TunnelDraft = z.infer<typeof tunnelDraftSchema>;

/** A count read off a console list: `complete` when every row was shown (one page, no filter or search). */
export const listCountSchema = z.object({
  count: z.number().int().nonnegative().max(100_000),
  complete: z.boolean(),
});
export type ListCount = z.infer<typeof listCountSchema>;

/** The customer gateway create form (创建客户网关), usually a dialog over the customer gateway list. */
export const customerGatewayDraftSchema = z.object({
  form: z.literal('customer-gateway'),
  presentation,
  region: regionCode.optional(),
  name: z.string().max(1024).optional(),
  description: z.string().max(4096).optional(),
  /** 公网地址个数 as chosen: 1, 2 or 4 (single, dual, quad). */
  ipCount: z.number().int().min(0).max(64).optional(),
  /** The public IP inputs as typed, one entry per input shown ('' for an empty one). */
  customerIps: z.array(typedText).max(16).optional(),
  /** BGP ASN as typed. */
  bgpAsn: typedText.optional(),
  /** The customer gateways the list under the form shows in this region. */
  existingGateways: listCountSchema.optional(),
});
export type CustomerGatewayDraft = z.infer<typeof customerGatewayDraftSchema>;

/** Any form's draft; one without `form` is the connection form. */
export const formDraftSchema = z.union([tunnelDraftSchema, customerGatewayDraftSchema, vpnDraftSchema]);
export type FormDraft = VpnDraft | TunnelDraft | CustomerGatewayDraft;
