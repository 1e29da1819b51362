import type { SecretKeyStore } from '../lib/sealed-secret';

/*
 * The background's sealing key, in the extension's own IndexedDB. A CryptoKey is kept there by structured
 * clone, still non-extractable: its bytes are never readable, not even here. Content scripts use the page's
 * IndexedDB, never the extension's, so nothing a console page runs can reach this key.
 */

const DATABASE = 'preflight-secret-keys';
const STORE = 'keys';
const KEY_ID = 'openapi-secret';

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function openDatabase(): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('IndexedDB is not available'));
  const request = indexedDB.open(DATABASE, 1);
  request.onupgradeneeded = () => {
    if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
  };
  request.onblocked = () => undefined;
  return requestResult(request);
}

async function inStore<T>(
  mode: IDBTransactionMode,
  step: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const database = await openDatabase();
  try {
    const transaction = database.transaction(STORE, mode);
    // A write counts once its transaction is committed, not when the request succeeds.
    const committed = new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    });
    const [result] = await Promise.all([requestResult(step(transaction.objectStore(STORE))), committed]);
    return result;
  } finally {
    database.close();
  }
}

export const indexedDbKeyStore: SecretKeyStore = {
  async load() {
    const kept: unknown = await inStore('readonly', (store) => store.get(KEY_ID));
    return kept instanceof CryptoKey ? kept : undefined;
  },
  async save(key) {
    await inStore('readwrite', (store) => store.put(key, KEY_ID));
  },
};
