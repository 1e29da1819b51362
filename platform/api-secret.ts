import { browser, storage } from '#imports';
import { normalizeSecret, type OpenApiStatus, readOpenApiStatus } from '../lib/openapi-source';
import {
  keyStoreProblem,
  openSealedSecret,
  type SecretKeyStore,
  SecretProtectionError,
  type SecretProtectionFailure,
  sealedSecretSchema,
  sealSecret,
} from '../lib/sealed-secret';
import { indexedDbKeyStore } from './secret-key-store';
import { oneAtATime } from './storage';

/*
 * The OpenAPI secret key and the source's status, in storage.local only: never settings, never sync.
 * Only the background imports this file; no reply to any message carries the secret.
 *
 * Where storage.local can be closed to content scripts (Chrome's access levels), the secret is kept there as
 * typed. Where it cannot (Firefox), a content script could read whatever is there, so only a sealed copy is
 * kept (lib/sealed-secret.ts) under a key the background holds in its own IndexedDB; when sealing fails, the
 * secret is not stored at all, and the options page says why.
 */

/** The secret as typed: only where content scripts are shut out of storage.local. */
const secretItem = storage.defineItem<unknown>('local:openapiSecret');
/** The secret sealed: where they are not. */
const sealedItem = storage.defineItem<unknown>('local:openapiSecretSealed');

/** How the stored secret is kept from content scripts. */
export type SecretProtection = 'access-level' | 'sealed';

/** What is wrong with keeping the secret, for the options page. */
export interface SecretProblem {
  /**
   * `unavailable`: no secret can be kept protected here (a save is refused); `lost`: the sealed secret can no
   * longer be opened (enter it again); `unprotected`: a secret an earlier version stored as typed could not be
   * sealed, and is still readable by content scripts.
   */
  kind: 'unavailable' | 'lost' | 'unprotected';
  failure: SecretProtectionFailure;
  reason: string;
}

export interface StoredSecret {
  secret?: string;
  protection: SecretProtection;
  problem?: SecretProblem;
}

export type SaveSecretResult =
  | { ok: true; protection: SecretProtection }
  | { ok: false; problem: SecretProblem };

/**
 * Asks the browser to close storage.local to content scripts; true when it did. Asked each time, not
 * remembered: it costs one call, and the answer is then always the browser's own.
 */
async function closedToContentScripts(): Promise<boolean> {
  const local = browser.storage.local as typeof browser.storage.local & {
    setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void>;
  };
  if (typeof local.setAccessLevel !== 'function') return false;
  try {
    await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch {
    return false;
  }
}

function problemOf(kind: SecretProblem['kind'], error: unknown): SecretProblem {
  const failure = error instanceof SecretProtectionError ? error.failure : 'crypto';
  return { kind, failure, reason: error instanceof Error ? error.message : String(error) };
}

// Reading may rewrite what an earlier version stored: reads, saves and clears run one at a time.
const secretSteps = oneAtATime();

/** The stored secret, how it is protected, and what is wrong, if anything. Never throws. */
export function readApiSecret(keys: SecretKeyStore = indexedDbKeyStore): Promise<StoredSecret> {
  return secretSteps(async () => {
    const [closed, plain, sealedRaw] = await Promise.all([
      closedToContentScripts(),
      secretItem.getValue(),
      sealedItem.getValue(),
    ]);
    const sealed = sealedSecretSchema.safeParse(sealedRaw);
    if (sealed.success) {
      try {
        const secret = normalizeSecret(await openSealedSecret(sealed.data, keys));
        return secret === undefined ? { protection: 'sealed' } : { secret, protection: 'sealed' };
      } catch (error) {
        return { protection: 'sealed', problem: problemOf('lost', error) };
      }
    }
    const secret = normalizeSecret(plain);
    if (closed)
      return secret === undefined ? { protection: 'access-level' } : { secret, protection: 'access-level' };
    if (secret === undefined) {
      const unusable = await keyStoreProblem(keys);
      return unusable
        ? { protection: 'sealed', problem: problemOf('unavailable', unusable) }
        : { protection: 'sealed' };
    }
    // Stored as typed by an earlier version, where content scripts can read it: sealed now, the typed copy gone.
    try {
      await sealedItem.setValue(await sealSecret(secret, keys));
      await secretItem.removeValue();
      return { secret, protection: 'sealed' };
    } catch (error) {
      return { secret, protection: 'sealed', problem: problemOf('unprotected', error) };
    }
  });
}

export async function loadApiSecret(): Promise<string | undefined> {
  return (await readApiSecret()).secret;
}

/** Keeps a secret, sealed where access levels are missing; refused (nothing stored) when it cannot be protected. */
export function saveApiSecret(
  secret: string,
  keys: SecretKeyStore = indexedDbKeyStore,
): Promise<SaveSecretResult> {
  return secretSteps(async () => {
    if (await closedToContentScripts()) {
      await secretItem.setValue(secret);
      await sealedItem.removeValue();
      return { ok: true, protection: 'access-level' };
    }
    let sealed: Awaited<ReturnType<typeof sealSecret>>;
    try {
      sealed = await sealSecret(secret, keys);
    } catch (error) {
      return { ok: false, problem: problemOf('unavailable', error) };
    }
    await sealedItem.setValue(sealed);
    await secretItem.removeValue();
    return { ok: true, protection: 'sealed' };
  });
}

export function clearApiSecret(): Promise<void> {
  return secretSteps(async () => {
    await Promise.all([secretItem.removeValue(), sealedItem.removeValue()]);
  });
}

const statusItem = storage.defineItem<unknown>('local:openapiStatus');

export async function loadOpenApiStatus(): Promise<OpenApiStatus> {
  return readOpenApiStatus(await statusItem.getValue());
}

export async function saveOpenApiStatus(status: OpenApiStatus): Promise<void> {
  await statusItem.setValue(status);
}
