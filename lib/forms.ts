import type { Form } from './model/draft';

/**
 * Which form a draft is: its `form`, else the connection form (a draft without one, or anything else
 * storage may hold). Here rather than in lib/model so the content script can use it without zod.
 */
export function formOf(draft: unknown): Form {
  const form: unknown =
    typeof draft === 'object' && draft !== null ? (draft as { form?: unknown }).form : undefined;
  return form === 'tunnel' || form === 'customer-gateway' ? form : 'connection';
}
