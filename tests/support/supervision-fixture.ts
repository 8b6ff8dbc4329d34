import { makeCreditCode } from '../../src/domain/shared/credit-code';
import { V2_ITEMS } from './access-matrix-fixture';
import { clerkOf, type TestServer } from './test-server';


/** Two inspectors of Xihu's bureau, with their credentials. */
export const OFFICERS = [
  { personId: 'xh-1', name: '王检查', credentialNumber: '浙档执 001' },
  { personId: 'xh-2', name: '李执法', credentialNumber: '浙档执 002' },
];

/**
 * The acts the analytics e2e tests build their histories from, over HTTP as a county bureau's clerk: units
 * registered with fresh credit codes (from `firstSeed` on, so that suites sharing a server never collide) and
 * compliant inspections.
 */
export function supervisionActs(server: () => TestServer, firstSeed: number) {
  let seed = firstSeed;
  return {
    /** Registers a unit in the county `regionCode`, under its bureau; answers its credit code. */
    async register(regionCode: string, occurredAt: string, name = '某某有限公司'): Promise<string> {
      const unitId = makeCreditCode(seed++, { region: regionCode });
      const input = { unitId, name, category: 'ENTERPRISE', regionCode, bureauId: regionCode, occurredAt };
      await server().gqlOk('mutation ($input: RegisterUnitInput!) { registerUnit(input: $input) { position } }', { input }, clerkOf(regionCode));
      return unitId;
    },

    /** Records a compliant inspection of the unit by `bureauId`'s officers on `day`; answers its id. */
    async inspect(bureauId: string, unitId: string, day: string, kind = 'LAW_ENFORCEMENT'): Promise<string> {
      const input = {
        unitId,
        kind,
        day,
        inspectors: OFFICERS,
        checklistId: 'grassroots-archival-work',
        checklistVersion: 2,
        results: V2_ITEMS.map((itemCode) => ({ itemCode, result: 'COMPLIANT' })),
        conclusion: '档案工作符合要求',
        evidence: [{ kind: 'DOCUMENT_NUMBER', value: '西档检〔2024〕1号' }],
      };
      const data = await server().gqlOk('mutation ($input: RecordInspectionInput!) { recordInspection(input: $input) { inspection { inspectionId } } }', { input }, clerkOf(bureauId));
      return data.recordInspection.inspection.inspectionId as string;
    },
  };
}
