// TEMP STUB
import { z } from 'zod';
export const taughtLocatorSchema = z
  .object({
    label: z.string().max(80).optional(),
    up: z.number().int().min(0).max(6).optional(),
    path: z.array(z.object({ tag: z.string(), nth: z.number() }).strict()).max(12),
    inline: z.literal(true).optional(),
  })
  .strict();
