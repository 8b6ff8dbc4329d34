import { trainingDecider, type HoldTraining, type TrainingContext } from '../../../src/domain/oversight/training.decider';
import type { TrainingHeld } from '../../../src/domain/oversight/training.events';
import { ConflictError, NotFoundError, RuleViolation, ValidationError } from '../../../src/domain/shared/errors';
import { DeciderSpecification } from '../../support/decider-spec';
import { bureau, DAY, newCode, NO_BUREAU, supervised, view } from './oversight.fixture';

const a = newCode();
const b = newCode('330110');
const far = newCode('410100');
const context: TrainingContext = {
  bureau: bureau('330000'),
  units: view(
    supervised(a, '330106', { archivists: [{ archivistId: 'P-1', name: '张三' }, { archivistId: 'P-2', name: '李四' }] }),
    supervised(b, '330110', { archivists: [{ archivistId: 'P-9', name: '王五' }] }),
    supervised(far, '410100', { archivists: [{ archivistId: 'P-5', name: '赵六' }] }),
  ),
};
const spec = DeciderSpecification.for(trainingDecider, context);

function hold(data: Partial<HoldTraining['data']> = {}): HoldTraining {
  return {
    type: 'HoldTraining',
    data: {
      trainingId: 't-1',
      bureauId: '330000',
      day: DAY,
      title: '全省机关档案业务培训班',
      topics: ['LEGAL', 'STANDARDS'],
      hours: 12.5,
      attendees: [
        { unitId: a, archivistId: 'P-1' },
        { unitId: b, archivistId: 'P-9' },
        { unitId: a, archivistId: 'P-2' },
      ],
      ...data,
    },
  };
}

const held: TrainingHeld = {
  type: 'TrainingHeld',
  data: {
    trainingId: 't-1',
    bureauId: '330000',
    day: DAY,
    title: '全省机关档案业务培训班',
    topics: ['LEGAL', 'STANDARDS'],
    hours: 12.5,
    attendees: [
      { unitId: a, archivistId: 'P-1', name: '张三' },
      { unitId: b, archivistId: 'P-9', name: '王五' },
      { unitId: a, archivistId: 'P-2', name: '李四' },
    ],
    unitIds: [a, b],
    unitRegions: [
      { unitId: a, regionCode: '330106' },
      { unitId: b, regionCode: '330110' },
    ],
  },
};

describe('training decider', () => {
  it("records a provincial training for archivists of units across the province, names taken from the register", () => {
    spec.given([]).when(hold()).then([held]);
  });

  it('refuses an attendee who was not an archivist of the unit on the day', () => {
    spec
      .given([])
      .when(hold({ attendees: [{ unitId: a, archivistId: 'P-9' }] }))
      .thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'ARCHIVIST_NOT_AT_UNIT', details: { field: 'attendees[0].archivistId' } });
  });

  it('refuses attendees from units outside the bureau region', () => {
    spec
      .given([])
      .when(hold({ attendees: [{ unitId: far, archivistId: 'P-5' }] }))
      .thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'UNIT_NOT_IN_BUREAU_REGION' });
  });

  it('answers an unknown unit as not found', () => {
    spec.given([]).when(hold({ attendees: [{ unitId: newCode(), archivistId: 'P-1' }] })).thenThrows(NotFoundError, { code: 'NOT_FOUND', reason: 'UNIT_NOT_FOUND' });
  });

  it('refuses the same attendee twice, and a training with none', () => {
    spec
      .given([])
      .when(hold({ attendees: [{ unitId: a, archivistId: 'P-1' }, { unitId: a, archivistId: 'P-1' }] }))
      .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'DUPLICATE', field: 'attendees[1]' });
    spec.given([]).when(hold({ attendees: [] })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'attendees' });
  });

  it('needs at least one known topic, each once', () => {
    spec.given([]).when(hold({ topics: [] })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'topics' });
    spec.given([]).when(hold({ topics: ['LEGAL', 'LEGAL'] })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'DUPLICATE', field: 'topics[1]' });
    spec.given([]).when(hold({ topics: ['COOKING' as never] })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'INVALID_TOPIC', field: 'topics[0]' });
  });

  it('needs a positive number of half hours, within bounds', () => {
    for (const hours of [0, -2, 0.3, 501, Number.NaN]) {
      spec.given([]).when(hold({ hours })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'INVALID_HOURS', field: 'hours' });
    }
  });

  it('needs an established bureau, a title, and a new id', () => {
    spec.given([]).when(hold(), { ...context, bureau: NO_BUREAU }).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_BUREAU' });
    spec.given([]).when(hold({ title: '' })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'title' });
    spec.given([held]).when(hold()).thenThrows(ConflictError, { code: 'CONFLICT', reason: 'TRAINING_EXISTS' });
  });

  it('refuses a training dated before an attendee unit existed', () => {
    spec.given([]).when(hold({ day: '2022-06-01' })).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'BEFORE_UNIT_REGISTERED', field: 'occurredAt' });
  });
});
