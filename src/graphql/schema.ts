import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { ACCOUNTABILITY_RESOLVERS } from './accountability';
import { INACTION_RESOLVERS } from './inaction';
import { authChecker } from './auth-checker';
import { INSPECTION_RESOLVERS } from './inspection';
import { LEDGER_RESOLVERS } from './ledger';
import { OPS_RESOLVERS } from './ops';
import { OVERSIGHT_RESOLVERS } from './oversight';
import { RECTIFICATION_RESOLVERS } from './rectification';
import { STATISTICS_RESOLVERS } from './statistics';
import { PRIVACY_RESOLVERS } from './privacy';
import { HistoryEntryResolver } from './registry/history.resolver';
import { BureauResolver } from './registry/bureau.resolver';
import { ImportResolver } from './registry/import.resolver';
import { RegionResolver } from './registry/region.resolver';
import { UnitResolver } from './registry/unit.resolver';

let schema: GraphQLSchema | undefined;

/** The code is the schema: built once from the resolvers, and emitted to schema/schema.graphql. */
export function buildAppSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({
    resolvers: [UnitResolver, BureauResolver, RegionResolver, ImportResolver, HistoryEntryResolver, ...INSPECTION_RESOLVERS, ...RECTIFICATION_RESOLVERS, ...OVERSIGHT_RESOLVERS, ...LEDGER_RESOLVERS, ...ACCOUNTABILITY_RESOLVERS, ...OPS_RESOLVERS, ...STATISTICS_RESOLVERS, ...INACTION_RESOLVERS, ...PRIVACY_RESOLVERS],
    validate: false, // input is validated by the domain, which owns the rules and their error codes
    authChecker,
  });
  return schema;
}
