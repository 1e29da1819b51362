import { z } from 'zod';

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
