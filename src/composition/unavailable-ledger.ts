import { ServiceUnavailableError } from '../domain/shared/errors';
import type { Ledger } from '../ledger';

/**
 * The audit trail of a server event store. The ledger (src/ledger) seals the log in the embedded store's own
 * transaction and keeps its Merkle tree in that SQLite file; nothing seals a PostgreSQL or KurrentDB log yet. Rather
 * than answer proofs over a tree that does not cover the log, every use answers SERVICE_UNAVAILABLE with reason
 * LEDGER_EMBEDDED_ONLY (a GraphQL error, or the export route's refusal).
 */
export class LedgerUnavailableError extends ServiceUnavailableError {
  constructor() {
    super('The audit trail (ledger) is kept only by the embedded event store (EVENT_STORE=sqlite)', 'LEDGER_EMBEDDED_ONLY');
  }
}

/** Stands for the Ledger wherever the composition needs one: each method rejects, each property read throws. */
export function unavailableLedger(): Ledger {
  return new Proxy({} as Ledger, {
    get(_target, property) {
      // Not a thenable (an `await ledger` must not hang), and printable.
      if (property === 'then' || typeof property === 'symbol') return undefined;
      if (property === 'publicKey' || property === 'ledgerStore' || property === 'sealer') throw new LedgerUnavailableError();
      return () => Promise.reject(new LedgerUnavailableError());
    },
  });
}
