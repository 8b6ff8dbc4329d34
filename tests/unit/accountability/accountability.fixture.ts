import { inspectionStreamId, type InspectionConducted, type InspectionRecordCorrected, type InspectionWithdrawn } from '../../../src/domain/inspection/inspection.events';
import type { UnitDeregistered, UnitRegistered, UnitTransferred } from '../../../src/domain/registry/registry.events';
import type { Event, RecordedEvent } from '../../../src/domain/shared/event';
import type { InspectionKind } from '../../../src/domain/supervision/common';
import { RecordedLog, type MetadataOverrides } from '../../support/recorded';

/**
 * Events of the registry and the inspection area, shaped as their deciders emit them, for the accountability tests.
 * Times: `on` is a business day (the act happens at 10:00 China time that day, 02:00Z); `recordedOn` a later day
 * for back-dated records (recorded at 04:00Z that day), else it is recorded on the day it happened.
 */
export const registered = (unitId: string, bureauId: string, name = `单位 ${unitId.slice(-4)}`): UnitRegistered => ({
  type: 'UnitRegistered',
  data: {
    unitId,
    name,
    category: 'ENTERPRISE',
    unitClass: null,
    region: { code: bureauId, name: `${bureauId} 区` },
    bureauId,
    address: null,
    checkOverride: null,
  },
});

export const transferred = (unitId: string, fromBureauId: string, toBureauId: string): UnitTransferred => ({
  type: 'UnitTransferred',
  data: { unitId, fromBureauId, toBureauId, reason: '隶属关系变更' },
});

export const deregistered = (unitId: string, bureauId: string): UnitDeregistered => ({
  type: 'UnitDeregistered',
  data: { unitId, bureauId, reason: 'DISSOLVED', mergedInto: null, note: null },
});

export const conducted = (inspectionId: string, unitId: string, bureauId: string, day: string, kind: InspectionKind = 'LAW_ENFORCEMENT'): InspectionConducted => ({
  type: 'InspectionConducted',
  data: {
    inspectionId,
    bureauId,
    unitId,
    planId: null,
    kind,
    day,
    inspectors: [],
    checklist: { checklistId: 'grassroots-archival-work', version: 2 },
    results: [],
    findings: [],
    conclusion: '符合要求',
    evidence: [],
  },
});

export const corrected = (inspectionId: string, unitId: string, bureauId: string, changes: InspectionRecordCorrected['data']['changes']): InspectionRecordCorrected => ({
  type: 'InspectionRecordCorrected',
  data: { inspectionId, bureauId, unitId, reason: '更正', changes },
});

export const withdrawn = (inspectionId: string, unitId: string, bureauId: string): InspectionWithdrawn => ({
  type: 'InspectionWithdrawn',
  data: { inspectionId, bureauId, unitId, reason: '撤销' },
});

export const at = (day: string): string => `${day}T02:00:00.000Z`;
export const recordedOn = (day: string): string => `${day}T04:00:00.000Z`;

/** A log of acts, each on its business day and recorded that day or on `recorded` (back-dated). */
export class History {
  readonly log = new RecordedLog();

  act(event: Event, on: string, recorded?: string, overrides: MetadataOverrides = {}): this {
    const streamId = 'inspectionId' in event.data ? inspectionStreamId((event.data as { inspectionId: string }).inspectionId) : undefined;
    this.log.record(event, { occurredAt: at(on), recordedAt: recordedOn(recorded ?? on), ...(streamId && { streamId }), ...overrides });
    return this;
  }

  get events(): RecordedEvent[] {
    return this.log.events;
  }
}
