import { INSPECTION_SCHEMA_VERSIONS } from '../../../src/domain/inspection/inspection.schema-versions';
import { OVERSIGHT_SCHEMA_VERSIONS } from '../../../src/domain/oversight/oversight.events';
import { RECTIFICATION_SCHEMA_VERSIONS } from '../../../src/domain/rectification/rectification.versions';
import { REGISTRY_SCHEMA_VERSIONS } from '../../../src/domain/registry/registry.events';
import type { RecordedEvent } from '../../../src/domain/shared/event';
import { CURRENT_SCHEMA_VERSIONS, EVENT_UPCASTERS, SchemaVersionError, Upcasters, upcast } from '../../../src/eventstore/upcasting';

/**
 * The upcaster registry: every chain sound, current and unknown versions untouched, a version newer than the code a
 * clear error. The InspectionConducted step itself is specified in inspection-conducted-v2.unit.test.ts.
 */

/**
 * Every event type the code writes, with its current schema version. Listed by hand: a new type, or a new version,
 * must be added here on purpose (and, for a new version, its step registered).
 */
const EVERY_TYPE: Record<string, number> = {
  // registry
  BureauEstablished: 1,
  UnitRegistered: 1,
  UnitDetailsAmended: 1,
  UnitClassified: 1,
  UnitTransferred: 1,
  UnitDeregistered: 1,
  ArchivistAssigned: 1,
  ArchivistReleased: 1,
  // inspection
  ChecklistVersionPublished: 1,
  InspectionPlanned: 1,
  InspectionPlanCompleted: 1,
  InspectionPlanCancelled: 1,
  InspectionPlanInspectorRecused: 1,
  InspectionConducted: 2,
  InspectionRecordCorrected: 1,
  InspectionWithdrawn: 1,
  // rectification
  RectificationOrdered: 1,
  RectificationDeadlineExtended: 1,
  RectificationReportSubmitted: 1,
  RectificationReviewed: 1,
  RectificationFollowedUp: 1,
  // oversight
  GuidanceProvided: 1,
  SelfReportSubmitted: 1,
  SelfReportAcknowledged: 1,
  SelfReportFlagged: 1,
  LeadReceived: 1,
  LeadInvestigated: 1,
  HandlingRecommendationSent: 1,
  HandlingReplyReceived: 1,
  LeadClosed: 1,
  BulletinIssued: 1,
  BulletinWithdrawn: 1,
  TrainingHeld: 1,
  AssessmentRecorded: 1,
  ViolationCaseOpened: 1,
  ViolationCaseClosed: 1,
  ImplementationReported: 1,
  SupervisionReviewed: 1,
};

let position = 0;
const recorded = (type: string, schemaVersion: number, data: object = { n: 1 }): RecordedEvent => ({
  id: `e-${++position}`,
  type,
  schemaVersion,
  data,
  streamId: 's-1',
  revision: 0,
  position,
  metadata: { actor: { id: 'a', role: 'SYSTEM' }, occurredAt: '2025-01-01T00:00:00Z', correlationId: 'c', recordedAt: '2025-01-01T00:00:00Z' },
});

describe('the registry of upcasters', () => {
  it('knows every event type the code writes, at the version its area declares', () => {
    expect(Object.fromEntries(EVENT_UPCASTERS.types())).toEqual(EVERY_TYPE);
    expect(CURRENT_SCHEMA_VERSIONS).toEqual(EVERY_TYPE);
  });

  it('takes each type from exactly one area (a type in two tables would silently shadow the other)', () => {
    const tables = [REGISTRY_SCHEMA_VERSIONS, INSPECTION_SCHEMA_VERSIONS, RECTIFICATION_SCHEMA_VERSIONS, OVERSIGHT_SCHEMA_VERSIONS];
    const types = tables.flatMap((t) => Object.keys(t));
    expect(new Set(types).size).toBe(types.length);
  });

  it('has a gap-free chain for every type, ending at its current version', () => {
    expect(EVENT_UPCASTERS.problems()).toEqual([]);
    // And, concretely, every stored version of every type reaches the current one.
    for (const [type, current] of Object.entries(EVERY_TYPE)) {
      for (let version = 1; version <= current; version += 1) {
        const data = type === 'InspectionConducted' ? { results: [], findings: [] } : { n: 1 };
        expect(upcast(recorded(type, version, data)).schemaVersion).toBe(current);
      }
    }
  });

  it('finds the flaws of a broken registry: a gap, a step beyond the current version, steps for an unknown type', () => {
    const lift = (data: object) => data;
    const broken = new Upcasters({ A: 3, B: 2 }, { A: { 1: lift }, B: { 1: lift, 2: lift }, C: { 1: lift } });
    expect(broken.problems()).toEqual(
      expect.arrayContaining([
        { type: 'A', problem: 'no step from version 2 to 3' },
        { type: 'B', problem: 'a step from version 2, outside 1..1' },
        { type: 'C', problem: 'steps for a type that has no current version' },
      ]),
    );
    expect(broken.problems()).toHaveLength(3);
    expect(() => broken.upcast(recorded('A', 1))).toThrow(SchemaVersionError);
    expect(() => broken.upcast(recorded('A', 1))).toThrow(/No upcaster lifts A from version 2 to 3/);
  });
});

describe('upcasting an event', () => {
  const chain = new Upcasters(
    { Thing: 3, Other: 1 },
    {
      Thing: {
        1: (data) => ({ ...data, added: 'in 2' }),
        2: (data, event) => ({ ...(data as { added: string }), renamed: (data as { added: string }).added, at: event.position }),
      },
    },
  );

  it('runs every step from the stored version to the current one, in order, and says the version it reached', () => {
    const v1 = recorded('Thing', 1, { n: 1 });
    const lifted = chain.upcast(v1);
    expect(lifted).toEqual({ ...v1, schemaVersion: 3, data: { n: 1, added: 'in 2', renamed: 'in 2', at: v1.position } });
    const v2 = recorded('Thing', 2, { n: 2, added: 'stored' });
    expect(chain.upcast(v2).data).toEqual({ n: 2, added: 'stored', renamed: 'stored', at: v2.position });
  });

  it('never changes the stored event: the envelope and the data are copied, not edited', () => {
    const v1 = recorded('Thing', 1, { n: 1 });
    const before = structuredClone(v1);
    Object.freeze(v1.data);
    Object.freeze(v1);
    chain.upcast(v1);
    expect(v1).toEqual(before);
  });

  it('answers a current event and an unknown type as they are: the same object, not a copy', () => {
    const current = recorded('Thing', 3);
    expect(chain.upcast(current)).toBe(current);
    const unknown = recorded('SomethingElse', 7);
    expect(chain.upcast(unknown)).toBe(unknown);
    const registry = recorded('UnitRegistered', 1);
    expect(upcast(registry)).toBe(registry);
  });

  it('refuses a version newer than the code knows, saying the code is older than the log', () => {
    const newer = recorded('Thing', 4);
    expect(() => chain.upcast(newer)).toThrow(SchemaVersionError);
    expect(() => chain.upcast(newer)).toThrow(
      `The log holds event ${newer.id} (Thing, position ${newer.position}) at schema version 4, but this code knows Thing only up to version 3: ` +
        'the code is older than the log; run the version that wrote it, or a newer one',
    );
    try {
      upcast(recorded('InspectionConducted', 3, { results: [], findings: [] }));
      throw new Error('not refused');
    } catch (error) {
      expect(error).toBeInstanceOf(SchemaVersionError);
      expect(error).toMatchObject({ eventType: 'InspectionConducted', schemaVersion: 3, currentVersion: 2 });
    }
  });

  it.each([0, -1, 1.5])('refuses a stored version %p that is not a positive integer', (version) => {
    expect(() => chain.upcast(recorded('Thing', version))).toThrow(/not a positive integer/);
  });
});
