import type { RevocationReason } from '@pameran/contracts';
import { create } from 'zustand';

/** The live hall connection; `idle` until a live view asks for it. */
export type ConnectionState = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'offline';

interface ConnectionStore {
  state: ConnectionState;
  /** The last refusal or transport error, for the status tooltip and logs. */
  lastError: string | null;
  /** Why the server last closed us because our access changed (`session:revoked`), until dismissed. */
  revoked: RevocationReason | null;
  actions: {
    setState(state: ConnectionState, lastError?: string | null): void;
    setRevoked(reason: RevocationReason | null): void;
  };
}

export const useConnection = create<ConnectionStore>()((set) => ({
  state: 'idle',
  lastError: null,
  revoked: null,
  actions: {
    setState: (state, lastError) => set(lastError === undefined ? { state } : { state, lastError }),
    setRevoked: (revoked) => set({ revoked }),
  },
}));

export const useConnectionState = () => useConnection((s) => s.state);
