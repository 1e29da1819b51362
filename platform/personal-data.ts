import { storage } from '#imports';

/*
 * Everything the extension read and kept, as storage keys (platform/storage.ts and platform/api-secret.ts
 * define them): what "clear all data" deletes. The tabs' state is cleared through updateTab, settings and the
 * OpenAPI secret only when the person does not keep them. tests/unit/personal-data-background.test.ts fills
 * every store through its own functions and checks that nothing of it is left.
 */
const READ_AND_KEPT = [
  'local:accounts',
  'local:resources',
  'local:taughtStatus',
  'local:guardLog',
  // The salt account names are hashed under in page reports: a new one is made, so old reports link to nothing.
  'local:reportSalt',
  // The OpenAPI source's status: last attempt, last error, a pause for refused credentials.
  'local:openapiStatus',
  'session:privateAccounts',
] as const;

export async function clearKeptData(): Promise<void> {
  await storage.removeItems([...READ_AND_KEPT]);
}
