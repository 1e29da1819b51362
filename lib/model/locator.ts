import { z } from 'zod';
import {
  type TaughtLocator as ContentScriptLocator,
  LOCATOR_BOUNDS,
  LOCATOR_LANDMARKS,
  LOCATOR_TAG,
} from '../readers/locator';

const locatorStepSchema = z.strictObject({
  tag: z.string().regex(LOCATOR_TAG),
  nth: z.number().int().min(0).max(LOCATOR_BOUNDS.nth),
});

/**
 * A taught locator as storage, settings import and messages carry it: the same bounds and shape rules
 * findByLocator applies by hand in the content script (which carries no zod), unknown keys refused.
 */
export const taughtLocatorSchema = z
  .strictObject({
    label: z
      .string()
      .max(LOCATOR_BOUNDS.label)
      .regex(/[\p{L}\p{N}]/u)
      .optional(),
    up: z.number().int().min(0).max(LOCATOR_BOUNDS.up).optional(),
    landmark: z.enum(LOCATOR_LANDMARKS).optional(),
    path: z.array(locatorStepSchema).max(LOCATOR_BOUNDS.steps),
    inline: z.literal(true).optional(),
  })
  .refine(
    ({ label, up, landmark, path, inline }) =>
      label === undefined
        ? landmark !== undefined && !up && !inline && path.length > 0
        : landmark === undefined && (inline ? path.length === 0 && !up : path.length > 0),
    'a locator has a label or a landmark; an inline one has no path, any other one a path',
  ) satisfies z.ZodType<ContentScriptLocator, ContentScriptLocator>;

/** The content script's interface is the one source; this type is the same data, checked both ways in tests. */
export type TaughtLocator = z.infer<typeof taughtLocatorSchema>;
