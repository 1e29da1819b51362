/**
 * The OpenAPI secret sealed for storage a content script can read (Firefox's storage.local has no access
 * levels): AES-GCM under a key WebCrypto made non-extractable, which the background keeps in a key store of
 * its own (IndexedDB in the extension: platform/secret-key-store.ts). Only the ciphertext and its IV go to
 * storage.local; the key never leaves the key store as bytes, so what a content script can read is useless.
 * Framework-free: the key store is passed in, and WebCrypto is the platform's (the browser's, Node's in tests).
 */
import { z } from 'zod';

/** Where the background keeps its sealing key. Both calls throw when the store cannot be used. */
export interface SecretKeyStore {
  /** The kept key; undefined when none was kept yet. */
  load(): Promise<CryptoKey | undefined>;
  save(key: CryptoKey): Promise<void>;
}

/** Why a secret could not be sealed or opened. */
export type SecretProtectionFailure =
  /** The key store cannot be used (no IndexedDB, or it refused). */
  | 'key-store'
  /** WebCrypto refused (no AES-GCM, or the kept key is not one this code made). */
  | 'crypto'
  /** A sealed secret is stored, but its key is gone (the extension's site data was cleared, say). */
  | 'key-lost'
  /** The sealed secret does not open under the kept key: altered, or sealed under another key. */
  | 'unreadable';

export class SecretProtectionError extends Error {
  readonly failure: SecretProtectionFailure;

  constructor(failure: SecretProtectionFailure, message: string) {
    super(message);
    this.name = 'SecretProtectionError';
    this.failure = failure;
  }
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const IV_BYTES = 12;

/** What storage.local holds: a version, the IV and the ciphertext (with its tag), both base64. */
export const sealedSecretSchema = z
  .object({
    v: z.literal(1),
    iv: z.string().length(16).regex(BASE64),
    // A 256-character secret and the 16-byte tag, in base64, fit in 400 characters.
    data: z.string().min(24).max(400).regex(BASE64),
  })
  .strict();
export type SealedSecret = z.infer<typeof sealedSecretSchema>;

const ALGORITHM = { name: 'AES-GCM', length: 256 } as const;
// Bound into each seal: a ciphertext made for another purpose under the same key does not open as a secret.
const PURPOSE = new TextEncoder().encode('jdcloud-vpn-preflight/openapi-secret/v1');

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function fromStore<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof SecretProtectionError) throw error;
    throw new SecretProtectionError('key-store', reasonOf(error));
  }
}

/** Only a key this code would make is used: AES-GCM, for both directions, and never extractable. */
function usable(key: CryptoKey): boolean {
  return (
    key.algorithm.name === ALGORITHM.name &&
    !key.extractable &&
    key.usages.includes('encrypt') &&
    key.usages.includes('decrypt')
  );
}

/** The kept key, or a new one made and kept when none is and `create` says so. */
async function sealingKey(store: SecretKeyStore, create: boolean): Promise<CryptoKey | undefined> {
  const kept = await fromStore(() => store.load());
  if (kept !== undefined) {
    if (!usable(kept)) throw new SecretProtectionError('crypto', 'the kept key is not a sealing key');
    return kept;
  }
  if (!create) return undefined;
  let made: CryptoKey;
  try {
    made = await globalThis.crypto.subtle.generateKey(ALGORITHM, false, ['encrypt', 'decrypt']);
  } catch (error) {
    throw new SecretProtectionError('crypto', reasonOf(error));
  }
  await fromStore(() => store.save(made));
  // Read back: a store that does not keep what it is given would lose the secret at the next restart.
  const stored = await fromStore(() => store.load());
  if (stored === undefined)
    throw new SecretProtectionError('key-store', 'the key store did not keep the key');
  return stored;
}

/** Seals a secret under the kept key, making one the first time. Throws SecretProtectionError. */
export async function sealSecret(secret: string, store: SecretKeyStore): Promise<SealedSecret> {
  const key = await sealingKey(store, true);
  if (key === undefined) throw new SecretProtectionError('key-store', 'no key');
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  try {
    const data = await globalThis.crypto.subtle.encrypt(
      { name: ALGORITHM.name, iv, additionalData: PURPOSE },
      key,
      new TextEncoder().encode(secret),
    );
    return { v: 1, iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
  } catch (error) {
    throw new SecretProtectionError('crypto', reasonOf(error));
  }
}

/** The secret a seal holds. Throws SecretProtectionError when its key is gone or it does not open. */
export async function openSealedSecret(sealed: SealedSecret, store: SecretKeyStore): Promise<string> {
  const key = await sealingKey(store, false);
  if (key === undefined) throw new SecretProtectionError('key-lost', 'the sealing key is gone');
  try {
    const plain = await globalThis.crypto.subtle.decrypt(
      { name: ALGORITHM.name, iv: fromBase64(sealed.iv), additionalData: PURPOSE },
      key,
      fromBase64(sealed.data),
    );
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch (error) {
    throw new SecretProtectionError('unreadable', reasonOf(error));
  }
}

/** Whether the key store can be used at all: options says so before a secret is typed. Never throws. */
export async function keyStoreProblem(store: SecretKeyStore): Promise<SecretProtectionError | undefined> {
  try {
    await sealingKey(store, false);
    return undefined;
  } catch (error) {
    return error instanceof SecretProtectionError
      ? error
      : new SecretProtectionError('key-store', reasonOf(error));
  }
}
