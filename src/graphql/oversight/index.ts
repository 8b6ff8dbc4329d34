import { AccountabilityResolver } from './accountability.resolver';
import { BulletinResolver } from './bulletin.resolver';
import { UnitMentionResolver } from './common.type';
import { EnforcementResolver } from './enforcement.resolver';
import { LeadResolver } from './lead.resolver';
import { PeopleResolver } from './people.resolver';
import { SelfReportResolver } from './self-report.resolver';

/** The resolver classes of the oversight area, added to the schema by src/graphql/schema.ts. */
export const OVERSIGHT_RESOLVERS: Function[] = [
  UnitMentionResolver,
  BulletinResolver,
  PeopleResolver,
  SelfReportResolver,
  LeadResolver,
  EnforcementResolver,
  AccountabilityResolver,
];
