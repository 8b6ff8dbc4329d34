import { CycleStatusResolver } from './cycle-status.resolver';
import { LateRecordsResolver } from './late-records.resolver';
import { UnitCycleResolver } from './unit-cycle.resolver';

/** The resolver classes of the accountability area, added to the schema by src/graphql/schema.ts. */
export const ACCOUNTABILITY_RESOLVERS: Function[] = [CycleStatusResolver, UnitCycleResolver, LateRecordsResolver];
