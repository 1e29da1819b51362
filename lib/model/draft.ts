import { z } from 'zod';

/** What a gateway select on the VPN form offered when it was read. */
export const gatewaySelectSchema = z.object({
  /** Label of the chosen option; absent when nothing is chosen. */
  selected: z.string().max(256).optional(),
  /** Labels of the real options (placeholders such as "请选择" and "暂无数据" excluded). */
  options: z.array(z.string().max(256)).max(500),
});
export type GatewaySelect = z.infer<typeof gatewaySelectSchema>;

/**
 * The VPN connection create form as the person has filled it so far.
 * A field the reader could not find is absent (not empty): absent means "unknown".
 */
export const vpnDraftSchema = z.object({
  /** How the form is shown: its own route or a dialog over the list. */
  presentation: z.enum(['route', 'dialog']),
  /** Region code such as `cn-north-1`, when the page shows it. */
  region: z.string().max(64).optional(),
  name: z.string().max(1024).optional(),
  description: z.string().max(4096).optional(),
  borderGateway: gatewaySelectSchema.optional(),
  customerGateway: gatewaySelectSchema.optional(),
  bgpEnabled: z.boolean().optional(),
});
export type VpnDraft = z.infer<typeof vpnDraftSchema>;
