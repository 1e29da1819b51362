import { z } from 'zod';
import { existingTunnelSchema, listCountSchema } from './draft';

/**
 * What the console's resource lists showed for one account and region, kept by the background apart from
 * any form (the connection form may be its own route, away from the list under it).
 */
export const resourceListsSchema = z.object({
  region: z.string().min(1).max(64),
  /**
   * From the VPN connection list: connections per border gateway, keyed by the gateway as the list names
   * it (its name or id); `complete` when the list showed every connection of the region (one page, no
   * filter or search), otherwise the counts are lower bounds.
   */
  connectionsByBorderGateway: z
    .object({
      counts: z.record(z.string().min(1).max(256), z.number().int().nonnegative().max(100_000)),
      complete: z.boolean(),
      observedAt: z.number().int().nonnegative(),
    })
    .optional(),
});
export type ResourceLists = z.infer<typeof resourceListsSchema>;

/** A connection as its detail page shows it: what the add-tunnel form on another route needs from it. */
export const connectionDetailSchema = z.object({
  connectionId: z.string().min(1).max(128),
  borderGateway: z.string().max(256).optional(),
  customerGatewayIpCount: z.number().int().min(0).max(64).optional(),
  /** Its tunnels; absent when the page did not show the list. */
  tunnels: z.array(existingTunnelSchema).max(64).optional(),
});
export type ConnectionDetail = z.infer<typeof connectionDetailSchema>;

/** What one list or detail page showed of the account's resources, as the page reports it. */
export const pageResourcesSchema = z.object({
  region: z.string().min(1).max(64).optional(),
  connectionsByBorderGateway: z
    .object({
      counts: z.record(z.string().min(1).max(256), z.number().int().nonnegative().max(100_000)),
      complete: z.boolean(),
    })
    .optional(),
  customerGateways: listCountSchema.optional(),
  connection: connectionDetailSchema.optional(),
});
export type PageResources = z.infer<typeof pageResourcesSchema>;

/** What the background keeps per account and region: the lists' counts and the connections' details. */
export const keptResourcesSchema = resourceListsSchema.extend({
  customerGateways: listCountSchema.extend({ observedAt: z.number().int().nonnegative() }).optional(),
  connections: z
    .record(
      z.string().min(1).max(128),
      connectionDetailSchema.extend({ observedAt: z.number().int().nonnegative() }),
    )
    .optional(),
});
export type KeptResources = z.infer<typeof keptResourcesSchema>;
