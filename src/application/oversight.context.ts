import { foldEvents } from '../domain/shared/decider';
import { dayOf } from '../domain/shared/day';
import type { Day } from '../domain/shared/day';
import type { Actor, RecordedEvent } from '../domain/shared/event';
import { checklistStreamId, inspectionStreamId, type ChecklistRef, type InspectionEvent, type ChecklistVersionPublished } from '../domain/inspection/inspection.events';
import { bureauDecider, type BureauState } from '../domain/registry/bureau.decider';
import { bureauStreamId, unitStreamId } from '../domain/registry/registry.events';
import { leadDecider, type CaseRef } from '../domain/oversight/lead.decider';
import { leadStreamId } from '../domain/oversight/lead.events';
import type { ChecklistVersion } from '../domain/oversight/self-report.decider';
import { currentRegionOf, unitOnDay, unknownUnit, type UnitOnDay, type UnitView } from '../domain/oversight/unit-on-day';
import type { InspectionOrigin, LeadOrigin } from '../domain/oversight/violation-case.decider';
import { violationCaseStreamId, type ViolationCaseEvent } from '../domain/oversight/violation-case.events';
import type { EventStore } from '../eventstore/port';
import { actorSeesUnit } from './oversight.policy';

const dated = (events: readonly RecordedEvent[]) => events.map((event) => ({ event, occurredAt: event.metadata.occurredAt }));

/**
 * Reads what the oversight deciders need from other streams: bureaus, units as they stood on a day (as the actor
 * may see them), published checklists, and the lead, inspection or case an act refers to.
 */
export class OversightReader {
  constructor(private readonly store: EventStore) {}

  async bureau(bureauId: string): Promise<BureauState> {
    return foldEvents(bureauDecider, await this.store.readStream(bureauStreamId(bureauId)));
  }

  async unitOnDay(unitId: string, day: Day, actor: Actor): Promise<UnitOnDay> {
    const events = dated(await this.store.readStream(unitStreamId(unitId)));
    if (events.length === 0 || !actorSeesUnit(actor, unitId, currentRegionOf(events))) return unknownUnit(unitId);
    return unitOnDay(unitId, events, day);
  }

  async unitsOnDay(unitIds: readonly string[], day: Day, actor: Actor): Promise<UnitView> {
    const units = await Promise.all([...new Set(unitIds)].map((id) => this.unitOnDay(id, day, actor)));
    return Object.fromEntries(units.map((u) => [u.unitId, u]));
  }

  async checklist(ref: ChecklistRef): Promise<ChecklistVersion | null> {
    if (!Number.isInteger(ref.version) || ref.version < 1) return null;
    const events = await this.store.readStream(checklistStreamId(ref.checklistId, ref.version));
    const published = events.find((e) => e.type === 'ChecklistVersionPublished') as ChecklistVersionPublished | undefined;
    if (!published) return null;
    return { checklistId: published.data.checklistId, version: published.data.version, itemCodes: published.data.items.map((i) => i.code) };
  }

  async leadOrigin(leadId: string): Promise<LeadOrigin | null> {
    const events = await this.store.readStream(leadStreamId(leadId));
    const state = foldEvents(leadDecider, events);
    if (state.status === 'none') return null;
    const received = events[0] as RecordedEvent;
    return {
      leadId: state.leadId,
      bureauId: state.bureauId,
      unitIds: state.unitIds,
      receivedOn: (received.data as { day: Day }).day,
      open: state.status === 'open',
      investigated: state.investigated,
    };
  }

  /** The inspection as the inspection area recorded it: conducted, its day as corrected, and whether withdrawn. */
  async inspectionOrigin(inspectionId: string): Promise<InspectionOrigin | null> {
    const events = (await this.store.readStream(inspectionStreamId(inspectionId))) as unknown as (InspectionEvent & RecordedEvent)[];
    const conducted = events.find((e) => e.type === 'InspectionConducted');
    if (!conducted || conducted.type !== 'InspectionConducted') return null;
    let day: Day = conducted.data.day ?? dayOf(conducted.metadata.occurredAt);
    for (const e of events) if (e.type === 'InspectionRecordCorrected' && e.data.changes.day) day = e.data.changes.day;
    const d = conducted.data;
    return { inspectionId: d.inspectionId, bureauId: d.bureauId, unitId: d.unitId, day, withdrawn: events.some((e) => e.type === 'InspectionWithdrawn') };
  }

  async caseRef(caseId: string): Promise<CaseRef | null> {
    const events = (await this.store.readStream(violationCaseStreamId(caseId))) as unknown as ViolationCaseEvent[];
    const opened = events.find((e) => e.type === 'ViolationCaseOpened');
    if (!opened || opened.type !== 'ViolationCaseOpened') return null;
    const origin = opened.data.origin;
    return { caseId: opened.data.caseId, bureauId: opened.data.bureauId, leadId: origin.kind === 'LEAD' ? origin.leadId : null };
  }
}
