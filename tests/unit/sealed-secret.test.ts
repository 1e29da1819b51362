// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  keyStoreProblem,
  openSealedSecret,
  type SecretKeyStore,
  SecretProtectionError,
  sealedSecretSchema,
  sealSecret,
} from '../../lib/sealed-secret';
import { memoryKeyStore } from './support/memory-key-store';

// Random-looking, so no piece of it turns up in a ciphertext by chance.
const SECRET = 'Zq9XvK7wPm3RtY8uLb2NcJ5hFd6GsA4e';

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SecretProtectionError) return error.failure;
    throw error;
  }
  throw new Error('expected a SecretProtectionError');
}

describe('sealing the secret (Firefox: storage.local has no access levels)', () => {
  it('keeps only ciphertext and IV; the background opens it again with the kept key', async () => {
    const keys = memoryKeyStore();
    const sealed = await sealSecret(SECRET, keys.store);
    expect(sealedSecretSchema.safeParse(sealed).success).toBe(true);
    expect(Object.keys(sealed).sort()).toEqual(['data', 'iv', 'v']);
    const stored = JSON.stringify(sealed);
    for (let i = 0; i + 5 <= SECRET.length; i++) expect(stored).not.toContain(SECRET.slice(i, i + 5));
    expect(atob(sealed.data)).not.toContain(SECRET.slice(0, 8));
    expect(await openSealedSecret(sealed, keys.store)).toBe(SECRET);
  });

  it('makes one AES-GCM key, non-extractable, and reuses it', async () => {
    const keys = memoryKeyStore();
    const first = await sealSecret(SECRET, keys.store);
    const second = await sealSecret(SECRET, keys.store);
    expect(keys.state.saves).toBe(1);
    const key = keys.kept();
    expect(key?.algorithm.name).toBe('AES-GCM');
    expect(key?.extractable).toBe(false);
    await expect(globalThis.crypto.subtle.exportKey('raw', key as CryptoKey)).rejects.toThrow();
    // A fresh IV each time: the same secret never seals to the same bytes.
    expect(second.iv).not.toBe(first.iv);
    expect(second.data).not.toBe(first.data);
  });

  it('survives a restart: the stored seal opens with the key the store kept', async () => {
    const keys = memoryKeyStore();
    const sealed = JSON.parse(JSON.stringify(await sealSecret(SECRET, keys.store)));
    // A new background: nothing in memory but what storage.local and the key store hold.
    const parsed = sealedSecretSchema.parse(sealed);
    expect(await openSealedSecret(parsed, keys.store)).toBe(SECRET);
  });

  it('says the key is lost when the store no longer has it', async () => {
    const keys = memoryKeyStore();
    const sealed = await sealSecret(SECRET, keys.store);
    keys.forget();
    expect(await failure(openSealedSecret(sealed, keys.store))).toBe('key-lost');
  });

  it('refuses a seal that was altered or made under another key', async () => {
    const keys = memoryKeyStore();
    const sealed = await sealSecret(SECRET, keys.store);
    const bytes = Uint8Array.from(atob(sealed.data), (char) => char.charCodeAt(0));
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    const altered = { ...sealed, data: btoa(String.fromCharCode(...bytes)) };
    expect(await failure(openSealedSecret(altered, keys.store))).toBe('unreadable');
    const other = memoryKeyStore();
    await sealSecret('another-secret', other.store);
    expect(await failure(openSealedSecret(sealed, other.store))).toBe('unreadable');
  });

  it('fails in words when the key store cannot be used, and when it does not keep the key', async () => {
    const broken = memoryKeyStore();
    broken.state.broken = true;
    expect(await failure(sealSecret(SECRET, broken.store))).toBe('key-store');
    expect((await keyStoreProblem(broken.store))?.message).toBe('IndexedDB is not available');
    const forgetful: SecretKeyStore = { load: async () => undefined, save: async () => undefined };
    expect(await failure(sealSecret(SECRET, forgetful))).toBe('key-store');
    expect(await keyStoreProblem(memoryKeyStore().store)).toBeUndefined();
  });

  it('uses no key it did not make: an extractable one is refused', async () => {
    const extractable = await globalThis.crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, [
      'encrypt',
      'decrypt',
    ]);
    const store: SecretKeyStore = { load: async () => extractable, save: async () => undefined };
    expect(await failure(sealSecret(SECRET, store))).toBe('crypto');
  });

  it('reads only a well-formed seal from storage', () => {
    for (const junk of [
      SECRET,
      null,
      {},
      { v: 2, iv: 'AAAAAAAAAAAAAAAA', data: 'A'.repeat(40) },
      { v: 1, iv: 'short', data: 'A'.repeat(40) },
    ]) {
      expect(sealedSecretSchema.safeParse(junk).success).toBe(false);
    }
  });
});
