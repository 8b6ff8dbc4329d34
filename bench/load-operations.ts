import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, visit, type DefinitionNode, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { addDays, dayOf, type Day } from '../src/domain/shared/day';

/**
 * The operations the load benchmark sends: exactly those of schema/operations/*.graphql (what clients send, with
 * their fragments), so that the load is the load of real clients, and the inputs the e2e tests use.
 */

/** dist/bench/ when compiled, bench/ under ts-node: the repository root is two or one levels up (or the cwd). */
function repositoryRoot(): string {
  for (const candidate of [path.join(__dirname, '..'), path.join(__dirname, '../..'), process.cwd()]) {
    try {
      readFileSync(path.join(candidate, 'schema/operations/registry.graphql'));
      return candidate;
    } catch {
      // not this one
    }
  }
  throw new Error(`schema/operations not found above ${__dirname}`);
}

const OPERATION_FILES = ['registry', 'inspection', 'rectification', 'accountability'];

function loadDefinitions(): DefinitionNode[] {
  const root = repositoryRoot();
  return OPERATION_FILES.flatMap((name) => [...parse(readFileSync(path.join(root, `schema/operations/${name}.graphql`), 'utf8')).definitions]);
}

let definitions: DefinitionNode[] | undefined;

/** The text of one named operation with the fragments it uses (graphql refuses unused fragments). */
export function operationText(name: string): string {
  definitions ??= loadDefinitions();
  const all = definitions;
  const fragments = new Map(all.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const operation = all.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!operation) throw new Error(`no operation ${name} in schema/operations`);
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          collect(fragment);
        }
      },
    });
  collect(operation);
  return print({ kind: Kind.DOCUMENT, definitions: [operation, ...used.values()] } as DocumentNode);
}

/** The request bodies' query texts, printed once. */
export const QUERIES = {
  unitHistory: operationText('UnitHistory'),
  units: operationText('Units'),
  cycleStatus: operationText('CycleStatus'),
  recordInspection: operationText('RecordInspection'),
  orderRectification: operationText('OrderRectification'),
  submitRectificationReport: operationText('SubmitRectificationReport'),
} as const;

export type OperationKind = keyof typeof QUERIES;

/** Items of checklist grassroots-archival-work version 2: a law-enforcement inspection answers every one. */
export const V2_ITEMS = ['RESPONSIBILITY_AND_RULES', 'STOREROOM_AND_EQUIPMENT', 'ARCHIVIST_MANAGEMENT', 'COLLECTION_TO_USE', 'DIGITAL_AND_SECURITY', 'SUBORDINATE_SUPERVISION'] as const;

const OFFICERS = [
  { personId: 'load-officer-1', name: '王检查', credentialNumber: '浙档执 901' },
  { personId: 'load-officer-2', name: '李执法', credentialNumber: '浙档执 902' },
];

/** Today in China: the day of an inspection recorded now (never in the future, never before the unit existed). */
export const today = (): Day => dayOf(new Date().toISOString());

/**
 * A law-enforcement inspection of `unitId` today by two credentialed officers, with a result for every item; with
 * `nonCompliant` items, one finding each (what an order then names).
 */
export function recordInspectionInput(unitId: string, n: number, nonCompliant: readonly string[]): Record<string, unknown> {
  return {
    unitId,
    kind: 'LAW_ENFORCEMENT',
    day: today(),
    inspectors: OFFICERS,
    checklistId: 'grassroots-archival-work',
    checklistVersion: 2,
    results: V2_ITEMS.map((itemCode) => (nonCompliant.includes(itemCode) ? { itemCode, result: 'NON_COMPLIANT', note: '现场检查发现问题' } : { itemCode, result: 'COMPLIANT' })),
    findings: nonCompliant.map((itemCode) => ({ itemCode, severity: itemCode === 'STOREROOM_AND_EQUIPMENT' ? 'MAJOR' : 'MINOR', description: `压测检查发现的问题（${itemCode}）` })),
    conclusion: nonCompliant.length === 0 ? '档案工作符合要求' : '存在问题，责令整改',
    evidence: [{ kind: 'DOCUMENT_NUMBER', value: `压档检〔2026〕${n}号` }],
  };
}

export function orderRectificationInput(inspectionId: string, findingIds: readonly string[], n: number): Record<string, unknown> {
  return {
    inspectionId,
    findingIds,
    deadline: addDays(today(), 30),
    legalBasis: '档案法§45',
    documentNumber: `压档改〔2026〕${n}号`,
  };
}

export function submitReportInput(orderId: string, findingIds: readonly string[], n: number): Record<string, unknown> {
  return {
    orderId,
    items: findingIds.map((findingId) => ({
      findingId,
      action: '已按要求整改完毕',
      evidence: [{ kind: 'DOCUMENT_NUMBER', value: `整改报告 ${n}` }],
    })),
  };
}

/** The JSON body of a GraphQL POST. */
export const body = (query: string, variables: Record<string, unknown>): string => JSON.stringify({ query, variables });
