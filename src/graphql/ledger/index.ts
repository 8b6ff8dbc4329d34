import { HistoryProofResolver } from './history-proof.resolver';
import { LedgerCheckpointResolver, LedgerResolver } from './ledger.resolver';

/** The resolver classes of the audit trail, added to the schema by src/graphql/schema.ts. */
export const LEDGER_RESOLVERS: Function[] = [LedgerResolver, LedgerCheckpointResolver, HistoryProofResolver];
