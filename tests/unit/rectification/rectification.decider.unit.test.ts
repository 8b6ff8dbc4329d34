import { NO_CONTEXT, rectificationDecider } from '../../../src/domain/rectification/rectification.decider';
import type { RectificationCommand } from '../../../src/domain/rectification/rectification.commands';
import { foldEvents } from '../../../src/domain/shared/decider';
import { ConflictError, NotFoundError, RuleViolation, ValidationError } from '../../../src/domain/shared/errors';
import { DeciderSpecification } from '../../support/decider-spec';
import {
  BUREAU,
  DEADLINE,
  INSPECTION,
  ITEMS,
  ORDER,
  ORDER_DAY,
  UNIT,
  closedHistory,
  extend,
  extended,
  followUp,
  followedUp,
  order,
  orderContext,
  ordered,
  report,
  reported,
  review,
  reviewed,
} from './rectification.fixture';

const spec = DeciderSpecification.for(rectificationDecider, NO_CONTEXT);
const refs = { orderId: ORDER, bureauId: BUREAU, unitId: UNIT };

describe('ordering rectification (责令限期整改)', () => {
  it('orders the findings of the inspection, for its bureau and unit, with the legal basis trimmed', () => {
    spec.given([]).when(order(), orderContext()).then([ordered()]);
  });

  it('may be ordered on the inspection day itself, and a blank document number is none', () => {
    spec
      .given([])
      .when(order({ on: '2025-03-20', documentNumber: '  ' }), orderContext())
      .then([ordered({ orderedOn: '2025-03-20', documentNumber: null })]);
  });

  it('is issued once', () => {
    spec.given([ordered()]).when(order(), orderContext()).thenThrows(ConflictError, { code: 'CONFLICT', reason: 'ORDER_EXISTS' });
  });

  it('needs an inspection', () => {
    spec.given([]).when(order(), NO_CONTEXT).thenThrows(NotFoundError, { code: 'NOT_FOUND', reason: 'INSPECTION_NOT_FOUND' });
  });

  it('is refused for a withdrawn inspection', () => {
    spec
      .given([])
      .when(order(), orderContext({ withdrawn: true }))
      .thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'INSPECTION_WITHDRAWN', details: { inspectionId: INSPECTION } });
  });

  it('names only findings of the inspection as it now stands, each once, at least one', () => {
    const ctx = orderContext({ findingIds: ['F1'] }); // F2 removed by a correction
    spec.given([]).when(order(), ctx).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_FINDING', field: 'findingIds', details: { findingId: 'F2' } });
    spec.given([]).when(order({ findingIds: ['F1', 'F1'] }), orderContext()).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'DUPLICATE_FINDING', field: 'findingIds' });
    spec.given([]).when(order({ findingIds: [] }), orderContext()).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'findingIds' });
  });

  it('sets a deadline strictly after the order day', () => {
    for (const deadline of [ORDER_DAY, '2025-03-31']) {
      spec.given([]).when(order({ deadline }), orderContext()).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'DEADLINE_NOT_AFTER_ORDER', field: 'deadline' });
    }
    spec.given([]).when(order({ deadline: '2025-04-02' }), orderContext()).then([ordered({ deadline: '2025-04-02' })]);
    spec.given([]).when(order({ deadline: '2025-02-30' }), orderContext()).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'INVALID_DATE', field: 'deadline' });
  });

  it('states its legal basis', () => {
    spec.given([]).when(order({ legalBasis: '  ' }), orderContext()).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'legalBasis' });
  });

  it('cannot precede the inspection', () => {
    spec
      .given([])
      .when(order({ on: '2025-03-19' }), orderContext())
      .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'ORDER_BEFORE_INSPECTION', field: 'occurredAt', details: { inspectionDay: '2025-03-20' } });
  });

  it('needs the unit in the register on the order day', () => {
    spec.given([]).when(order(), orderContext({}, false)).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'UNIT_NOT_IN_REGISTER' });
  });

  it('takes a short printable order id', () => {
    spec.given([]).when(order({ orderId: 'no spaces please' }), orderContext()).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'INVALID_ID', field: 'orderId' });
  });
});

describe('extending the deadline', () => {
  it('grants a later deadline with a reason, recording the previous one and the day', () => {
    spec.given([ordered()]).when(extend('2025-05-01', '2025-06-15')).then([extended('2025-05-01', '2025-06-15')]);
  });

  it('may be granted after the deadline passed (the overdue days stay in the record) and while a report is pending', () => {
    spec.given([ordered()]).when(extend('2025-05-20', '2025-06-15')).then([extended('2025-05-20', '2025-06-15')]);
    spec.given([ordered(), reported('2025-05-10')]).when(extend('2025-05-12', '2025-06-15')).then([extended('2025-05-12', '2025-06-15')]);
  });

  it('must be later than the deadline in force, and after the day it is granted', () => {
    spec.given([ordered()]).when(extend('2025-05-01', DEADLINE)).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'DEADLINE_NOT_LATER', field: 'deadline' });
    spec
      .given([ordered(), extended('2025-05-01', '2025-06-15')])
      .when(extend('2025-05-02', '2025-06-01'))
      .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'DEADLINE_NOT_LATER', details: { currentDeadline: '2025-06-15' } });
    spec.given([ordered()]).when(extend('2025-05-20', '2025-05-18')).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'DEADLINE_NOT_AFTER_EXTENSION' });
  });

  it('gives a reason', () => {
    spec.given([ordered()]).when(extend('2025-05-01', '2025-06-15', ' ')).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'reason' });
  });

  it('is never granted after closure', () => {
    spec.given(closedHistory()).when(extend('2025-06-02', '2025-07-01')).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'ORDER_CLOSED', details: { closedOn: '2025-06-01' } });
  });

  it('needs an order', () => {
    spec.given([]).when(extend('2025-05-01', '2025-06-15')).thenThrows(NotFoundError, { code: 'NOT_FOUND', reason: 'ORDER_NOT_FOUND' });
  });

  it('is not dated before the last act', () => {
    spec
      .given([ordered(), reported('2025-05-10')])
      .when(extend('2025-05-09', '2025-06-15'))
      .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'ACT_BEFORE_PREVIOUS_ACT', field: 'occurredAt', details: { lastActOn: '2025-05-10' } });
  });
});

describe("the unit's report", () => {
  it('answers every finding with an action and evidence, in the order of the findings, hashes in lower case', () => {
    const items = [
      { findingId: 'F2', action: ' 补齐温湿度记录 ', evidence: [{ kind: 'SHA256' as const, value: 'A'.repeat(64) }] },
      { findingId: 'F1', action: '更换防火门', evidence: [{ kind: 'DOCUMENT_NUMBER' as const, value: ' 验收单 2025-17 ' }] },
    ];
    spec.given([ordered()]).when(report('2025-05-10', items)).then([reported('2025-05-10')]);
  });

  it('leaves no finding of the order unanswered, and answers no other', () => {
    spec
      .given([ordered()])
      .when(report('2025-05-10', [ITEMS[0]!]))
      .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'MISSING_FINDING', field: 'items', details: { findingIds: ['F2'] } });
    spec
      .given([ordered()])
      .when(report('2025-05-10', [...ITEMS, { ...ITEMS[0]!, findingId: 'F3' }]))
      .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_FINDING', details: { findingId: 'F3' } });
    spec.given([ordered()]).when(report('2025-05-10', [...ITEMS, ITEMS[0]!])).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'DUPLICATE_FINDING' });
  });

  it('backs every action with evidence that is well formed', () => {
    const without = [ITEMS[0]!, { ...ITEMS[1]!, evidence: [] }];
    spec.given([ordered()]).when(report('2025-05-10', without)).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'EVIDENCE_REQUIRED', field: 'items[1].evidence' });
    const badHash = [ITEMS[0]!, { ...ITEMS[1]!, evidence: [{ kind: 'SHA256' as const, value: 'xyz' }] }];
    spec.given([ordered()]).when(report('2025-05-10', badHash)).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'INVALID_EVIDENCE' });
    const noAction = [{ ...ITEMS[0]!, action: '' }, ITEMS[1]!];
    spec.given([ordered()]).when(report('2025-05-10', noAction)).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'items[0].action' });
  });

  it('is never submitted on a closed order', () => {
    spec.given(closedHistory()).when(report('2025-06-05')).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'ORDER_CLOSED' });
  });

  it('waits for the review of the pending one', () => {
    spec.given([ordered(), reported('2025-05-10')]).when(report('2025-05-11')).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'REPORT_PENDING', details: { reportedOn: '2025-05-10' } });
  });

  it('may follow a rejection, and be late', () => {
    spec.given([ordered(), reported('2025-05-10'), reviewed('2025-05-20', 'REJECTED')]).when(report('2025-05-25')).then([reported('2025-05-25')]);
  });

  it('is not dated before the last act', () => {
    spec
      .given([ordered(), extended('2025-05-12', '2025-06-15')])
      .when(report('2025-05-10'))
      .thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'ACT_BEFORE_PREVIOUS_ACT', details: { lastActOn: '2025-05-12' } });
    spec.given([ordered()]).when(report('2025-03-31')).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'ACT_BEFORE_PREVIOUS_ACT' });
  });
});

describe("the bureau's review", () => {
  it('accepts the pending report, closing the order', () => {
    spec.given([ordered(), reported('2025-05-10')]).when(review('2025-05-12', 'ACCEPTED')).then([reviewed('2025-05-12', 'ACCEPTED')]);
    const state = foldEvents(rectificationDecider, [ordered(), reported('2025-05-10'), reviewed('2025-05-12', 'ACCEPTED')]);
    expect(state).toMatchObject({ status: 'closed', closedOn: '2025-05-12', pendingReportOn: null });
  });

  it('rejects with reasons, keeping the order open', () => {
    spec.given([ordered(), reported('2025-05-10')]).when(review('2025-05-12', 'REJECTED', '证据不足')).then([reviewed('2025-05-12', 'REJECTED', '证据不足')]);
    spec.given([ordered(), reported('2025-05-10')]).when(review('2025-05-12', 'REJECTED', null)).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REASONS_REQUIRED', field: 'reasons' });
    const state = foldEvents(rectificationDecider, [ordered(), reported('2025-05-10'), reviewed('2025-05-12', 'REJECTED')]);
    expect(state).toMatchObject({ status: 'open', pendingReportOn: null });
  });

  it('needs a report newer than the last review', () => {
    spec.given([ordered()]).when(review('2025-05-12', 'ACCEPTED')).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'NO_REPORT_TO_REVIEW' });
    spec
      .given([ordered(), reported('2025-05-10'), reviewed('2025-05-12', 'REJECTED')])
      .when(review('2025-05-13', 'ACCEPTED'))
      .thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'NO_REPORT_TO_REVIEW' });
  });

  it('is not given twice to a closed order, nor dated before the report', () => {
    spec.given(closedHistory()).when(review('2025-06-02', 'ACCEPTED')).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'ORDER_CLOSED' });
    spec.given([ordered(), reported('2025-05-10')]).when(review('2025-05-09', 'ACCEPTED')).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'ACT_BEFORE_PREVIOUS_ACT' });
  });
});

describe('follow-up visits (跟踪)', () => {
  it('are recorded while the order is open and after closure', () => {
    spec.given([ordered()]).when(followUp('2025-04-15')).then([followedUp('2025-04-15')]);
    spec.given(closedHistory()).when(followUp('2025-09-01', '回头看：整改保持')).then([followedUp('2025-09-01', '回头看：整改保持')]);
  });

  it('may be recorded late (they move no status), but not before the order', () => {
    spec.given([ordered(), reported('2025-05-10')]).when(followUp('2025-04-20')).then([followedUp('2025-04-20')]);
    spec.given([ordered()]).when(followUp('2025-03-31')).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'FOLLOW_UP_BEFORE_ORDER' });
  });

  it('carry a note, and need an order', () => {
    spec.given([ordered()]).when(followUp('2025-04-15', '')).thenThrows(ValidationError, { code: 'BAD_USER_INPUT', reason: 'REQUIRED', field: 'note' });
    spec.given([]).when(followUp('2025-04-15')).thenThrows(NotFoundError, { code: 'NOT_FOUND', reason: 'ORDER_NOT_FOUND' });
  });
});

describe('after closure nothing but follow-ups', () => {
  const acts: [string, RectificationCommand][] = [
    ['an extension', extend('2025-06-02', '2025-07-01')],
    ['a report', report('2025-06-02')],
    ['an acceptance', review('2025-06-02', 'ACCEPTED')],
    ['a rejection', review('2025-06-02', 'REJECTED')],
  ];
  it.each(acts)('refuses %s', (_name, command) => {
    spec.given(closedHistory()).when(command).thenThrows(RuleViolation, { code: 'BAD_USER_INPUT', reason: 'ORDER_CLOSED' });
  });

  it('refuses a second order on the same id', () => {
    spec.given(closedHistory()).when(order(), orderContext()).thenThrows(ConflictError, { code: 'CONFLICT', reason: 'ORDER_EXISTS' });
  });

  it('accepts a follow-up', () => {
    spec.given(closedHistory()).when(followUp('2025-06-02')).then([{ type: 'RectificationFollowedUp', data: { ...refs, visitedOn: '2025-06-02', note: '现场查看' } }]);
  });
});
