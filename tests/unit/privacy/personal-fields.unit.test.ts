import { ALL_EVENT_TYPES, fieldSites, PERSONAL_FIELDS } from '../../../src/privacy/personal-fields';

/**
 * Every event type the code writes, with its personal fields. A new event type makes this test fail until it is
 * declared in src/privacy/personal-fields.ts (with an empty list when it names nobody) and listed here.
 */
const EXPECTED: Record<string, string[]> = {
  BureauEstablished: [],
  UnitRegistered: [],
  UnitDetailsAmended: [],
  UnitClassified: [],
  UnitTransferred: [],
  UnitDeregistered: [],
  ArchivistAssigned: ['name'],
  ArchivistReleased: [],
  ChecklistVersionPublished: [],
  InspectionPlanned: ['roster[].name', 'roster[].credentialNumber'],
  InspectionPlanCompleted: [],
  InspectionPlanCancelled: [],
  InspectionPlanInspectorRecused: [],
  InspectionConducted: ['inspectors[].name', 'inspectors[].credentialNumber'],
  InspectionRecordCorrected: ['changes.inspectors[].name', 'changes.inspectors[].credentialNumber'],
  InspectionWithdrawn: [],
  RectificationOrdered: [],
  RectificationDeadlineExtended: [],
  RectificationReportSubmitted: [],
  RectificationReviewed: [],
  RectificationFollowedUp: [],
  GuidanceProvided: ['archivistsMet[].name', 'difficulties[].description'],
  SelfReportSubmitted: [],
  SelfReportAcknowledged: [],
  SelfReportFlagged: [],
  LeadReceived: [],
  LeadInvestigated: [],
  HandlingRecommendationSent: [],
  HandlingReplyReceived: [],
  LeadClosed: [],
  BulletinIssued: [],
  BulletinWithdrawn: [],
  TrainingHeld: ['attendees[].name'],
  AssessmentRecorded: [],
  ViolationCaseOpened: [],
  ViolationCaseClosed: [],
  ImplementationReported: [],
  SupervisionReviewed: [],
  PersonalDataErased: [],
};

describe('the declaration of personal fields', () => {
  it('lists every event type of every area, and nothing else', () => {
    expect(Object.keys(PERSONAL_FIELDS).sort()).toEqual([...ALL_EVENT_TYPES].sort());
    expect(Object.keys(EXPECTED).sort()).toEqual([...ALL_EVENT_TYPES].sort());
  });

  it.each(Object.entries(EXPECTED))('%s has the personal fields %j', (type, paths) => {
    expect((PERSONAL_FIELDS[type] ?? []).map((f) => f.path)).toEqual(paths);
  });

  it('finds each occurrence with its concrete path and data subject', () => {
    const data = {
      inspectionId: 'i-1',
      inspectors: [
        { personId: 'p-1', name: '王检查', credentialNumber: '执 001' },
        { personId: 'p-2', name: '李执法', credentialNumber: null },
      ],
    };
    expect(fieldSites('InspectionConducted', data).map((s) => [s.path, s.subjectId, s.owner[s.key]])).toEqual([
      ['inspectors[0].name', 'p-1', '王检查'],
      ['inspectors[1].name', 'p-2', '李执法'],
      ['inspectors[0].credentialNumber', 'p-1', '执 001'],
      ['inspectors[1].credentialNumber', 'p-2', null],
    ]);
    expect(fieldSites('InspectionRecordCorrected', { changes: { inspectors: [{ personId: 'p-3', name: '赵' }] } }).map((s) => s.path)).toEqual([
      'changes.inspectors[0].name',
    ]);
    // A correction that leaves the inspectors alone, a difficulty raised by no archivist: nothing, or no subject.
    expect(fieldSites('InspectionRecordCorrected', { changes: { conclusion: 'x' } })).toEqual([]);
    expect(fieldSites('GuidanceProvided', { archivistsMet: [], difficulties: [{ archivistId: null, description: '人手不足' }] })[0]?.subjectId).toBeNull();
    expect(fieldSites('UnitRegistered', { name: '某公司' })).toEqual([]);
  });
});
