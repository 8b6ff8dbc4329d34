import { ACCOUNTABILITY_OPERATIONS } from './access-matrix-accountability';
import { OPS_OPERATIONS } from './access-matrix-ops';
import { PRIVACY_OPERATIONS } from './access-matrix-privacy';
import { STATISTICS_OPERATIONS } from './access-matrix-statistics';
import type { ReadOperation, WriteOperation } from './access-matrix-core';
import { INSPECTION_OPERATIONS } from './access-matrix-inspection';
import { LEDGER_OPERATIONS } from './access-matrix-ledger';
import { OVERSIGHT_QUERIES } from './access-matrix-oversight';
import { OVERSIGHT_ACTS } from './access-matrix-oversight-acts';
import { RECTIFICATION_OPERATIONS } from './access-matrix-rectification';
import { REGISTRY_OPERATIONS } from './access-matrix-registry';

/**
 * The access matrix's operations, every area's, by the name its rows use: a root field of the schema, or
 * `Type.field` for a scoped nested field. The vocabulary (roles, targets, expectations, visibility) is in
 * access-matrix-core.ts; the oracle (what the administrator sees) in access-matrix-oracle.ts; the supervisory
 * records every row aims at in access-matrix-fixture.ts.
 */
export const OPERATIONS = {
  ...REGISTRY_OPERATIONS,
  ...INSPECTION_OPERATIONS,
  ...RECTIFICATION_OPERATIONS,
  ...OVERSIGHT_QUERIES,
  ...OVERSIGHT_ACTS,
  ...LEDGER_OPERATIONS,
  ...ACCOUNTABILITY_OPERATIONS,
  ...STATISTICS_OPERATIONS,
  ...PRIVACY_OPERATIONS,
  ...OPS_OPERATIONS,
} satisfies Record<string, ReadOperation | WriteOperation>;

export type OperationName = keyof typeof OPERATIONS;

export * from './access-matrix-core';
export { buildFixture, type Fixture } from './access-matrix-fixture';
export { Oracle } from './access-matrix-oracle';
