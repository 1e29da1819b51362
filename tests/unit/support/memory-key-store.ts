import type { SecretKeyStore } from '../../../lib/sealed-secret';

/**
 * A key store in memory, standing in for the background's IndexedDB (not available under Node or happy-dom).
 * It keeps the CryptoKey object itself, as IndexedDB's structured clone does. `broken` makes it fail as an
 * unusable IndexedDB would; `forget()` loses the key as cleared site data would.
 */
export function memoryKeyStore() {
  let kept: CryptoKey | undefined;
  const state = { broken: false, saves: 0 };
  const store: SecretKeyStore = {
    async load() {
      if (state.broken) throw new Error('IndexedDB is not available');
      return kept;
    },
    async save(key) {
      if (state.broken) throw new Error('IndexedDB is not available');
      state.saves++;
      kept = key;
    },
  };
  return {
    store,
    state,
    kept: () => kept,
    forget: () => {
      kept = undefined;
    },
  };
}
