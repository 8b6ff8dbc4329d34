import { guidanceDecider, type GuidanceContext, type ProvideGuidance } from '../../../src/domain/oversight/guidance.decider';
import type { GuidanceProvided } from '../../../src/domain/oversight/guidance.events';
import { ConflictError, NotFoundError, RuleViolation, ValidationError } from '../../../src/domain/shared/errors';
import { DeciderSpecification } from '../../support/decider-spec';
import { bureau, DAY, newCode, supervised, view } from './oversight.fixture';

const a = newCode();
const lower = newCode('330106');
const context: GuidanceContext = {
  bureau: bureau('330106'),
  units: view(supervised(a, '330106', { archivists: [{ archivistId: 'P-1', name: '张三' }] }), supervised(lower, '330100')),
};
const spec = DeciderSpecification.for(guidanceDecider, context);

function guide(data: Partial<ProvideGuidance['data']> = {}): ProvideGuidance {
  return {
    type: 'ProvideGuidance',
    data: {
      guidanceId: 'g-1',
      bureauId: '330106',
      day: DAY,
      form: 'ON_SITE_HELP',
      unitIds: [a],
      topics: [' 文书档案整理 ', '电子文件归档'],
      archivistsMet: [{ unitId: a, archivistId: 'P-1' }],
      difficulties: [{ unitId: a, archivistId: 'P-1', description: '身兼数职，整理时间不足' }],
      note: null,
      ...data,
    },
  };
}

const provided: GuidanceProvided = {
  type: 'GuidanceProvided',
  data: {
    guidanceId: 'g-1',
    bureauId: '330106',
    unitIds: [a],
    unitRegions: [{ unitId: a, regionCode: '330106' }],
    day: DAY,
    form: 'ON_SITE_HELP',
    topics: ['文书档案整理', '电子文件归档'],
    archivistsMet: [{ unitId: a, archivistId: 'P-1', name: '张三' }],
    difficulties: [{ unitId: a, archivistId: 'P-1', description: '身兼数职，整理时间不足' }],
    note: null,
  },
};

describe('guidance decider', () => {
  it('records guidance with the archivists met (names from the register) and the difficulties they raised', () => {
    spec.given([]).when(guide()).then([provided]);
  });

  it('records a consultation with no one met in person and a difficulty raised by no one in particular', () => {
    spec
      .given([])
      .when(guide({ form: 'CONSULTATION', archivistsMet: [], difficulties: [{ unitId: a, archivistId: null, description: '库房不足' }] }))
      .then([{ ...provided, data: { ...provided.data, form: 'CONSULTATION', archivistsMet: [], difficulties: [{ unitId: a, archivistId: null, description: '库房不足' }] } }]);
  });

  it("guides only the bureau's own units: a unit of the bureau above is out of its scope", () => {
    spec.given([]).when(guide({ unitIds: [lower], archivistsMet: [], difficulties: [] })).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'UNIT_NOT_IN_BUREAU_SCOPE' });
  });

  it('needs at least one unit and one topic, and no unit twice', () => {
    spec.given([]).when(guide({ unitIds: [], archivistsMet: [], difficulties: [] })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'unitIds' });
    spec.given([]).when(guide({ topics: [] })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'topics' });
    spec.given([]).when(guide({ unitIds: [a, a] })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'DUPLICATE', field: 'unitIds[1]' });
  });

  it('refuses people and difficulties of units not guided, and a difficulty raised by someone not met', () => {
    spec
      .given([])
      .when(guide({ archivistsMet: [{ unitId: lower, archivistId: 'P-1' }], difficulties: [] }))
      .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'UNIT_NOT_NAMED', field: 'archivistsMet[0].unitId' });
    spec
      .given([])
      .when(guide({ difficulties: [{ unitId: lower, archivistId: null, description: 'x' }] }))
      .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'UNIT_NOT_NAMED', field: 'difficulties[0].unitId' });
    spec
      .given([])
      .when(guide({ archivistsMet: [], difficulties: [{ unitId: a, archivistId: 'P-1', description: 'x' }] }))
      .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'ARCHIVIST_NOT_MET', field: 'difficulties[0].archivistId' });
    spec
      .given([])
      .when(guide({ archivistsMet: [{ unitId: a, archivistId: 'P-7' }], difficulties: [] }))
      .thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'ARCHIVIST_NOT_AT_UNIT' });
  });

  it('refuses an unknown form (trainings are TrainingHeld, not guidance)', () => {
    spec.given([]).when(guide({ form: 'TRAINING_SESSION' as never })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'INVALID_FORM', field: 'form' });
  });

  it('answers a unit the actor may not see as not found, and never records the same guidance twice', () => {
    spec.given([]).when(guide({ unitIds: [newCode()], archivistsMet: [], difficulties: [] })).thenThrows(NotFoundError, { code: 'NOT_FOUND', reason: 'UNIT_NOT_FOUND' });
    spec.given([provided]).when(guide()).thenThrows(ConflictError, { code: 'CONFLICT', reason: 'GUIDANCE_EXISTS' });
  });
});
