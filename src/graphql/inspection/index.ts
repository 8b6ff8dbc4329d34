import { ChecklistResolver } from './checklist.resolver';
import { InspectionResolver } from './inspection.resolver';
import { InspectionPlanResolver, InspectionPlanTargetResolver } from './plan.resolver';

/** The resolver classes of the inspection area, added to the schema by src/graphql/schema.ts. */
export const INSPECTION_RESOLVERS: Function[] = [ChecklistResolver, InspectionPlanResolver, InspectionPlanTargetResolver, InspectionResolver];
