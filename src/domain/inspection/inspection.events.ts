import type { Event } from '../shared/event';
import type { Day } from '../shared/day';
import type { EvidenceRef, InspectionKind, Inspector, ItemResult, LegalBasis, Severity } from '../supervision/common';
import type { RegionRef } from '../registry/registry.events';

/**
 * Before and during (事前, 事中): checklists as versioned reference data, inspection plans (listed or drawn at
 * random, 双随机), inspections with per-item results and findings, their corrections and withdrawals.
 * Every event that touches units names them in `unitId` or `unitIds` (unit histories) and its bureau in
 * `bureauId` (bureau histories).
 */

export interface ChecklistItem {
  /** Stable code, e.g. STORAGE_SAFETY or RESPONSIBILITY_AND_RULES. */
  code: string;
  title: string;
  legalBasis: LegalBasis | null;
  /** Inspection kinds that use the item. */
  kinds: InspectionKind[];
  /** A key item (重点项): failing it fails a comprehensive inspection whatever the share of compliant items. */
  key: boolean;
}

export type ChecklistVersionPublished = Event<
  'ChecklistVersionPublished',
  {
    checklistId: string;
    version: number;
    title: string;
    /** The rules it follows, e.g. 档办〔2007〕59号 or 《档案法》(2020). */
    basis: string;
    effectiveFrom: Day;
    items: ChecklistItem[];
  }
>;

export type ChecklistRef = { checklistId: string; version: number };

/** How a plan's targets were chosen. A draw records everything needed to re-run it and get the same selection. */
export type TargetSelection =
  | { method: 'LISTED' }
  | {
      method: 'RANDOM_DRAW';
      /** Name and version of the documented sampling algorithm. */
      algorithm: string;
      seed: string;
      /** SHA-256 (hex) of the seed: a commitment that can be published before the draw and checked after. (Additive.) */
      seedCommitment?: string;
      /** The day whose scope the pool describes: the plan's first day. (Additive.) */
      poolDay?: Day;
      /** The units it drew from, sorted by credit code, and a SHA-256 of that list. */
      pool: string[];
      poolHash: string;
      sampleSize: number;
      /**
       * Stratified by supervision class: how many were drawn from each class. `units` (additive) is the stratum's
       * own pool, sorted by credit code, so that a stratified draw can be re-run from the event alone.
       */
      strata: { unitClass: string; poolSize: number; drawn: number; units?: string[] }[] | null;
      /** Inspectors drawn from the bureau's roster for each target. */
      inspectorPool: string[];
      inspectorsPerTarget: number;
    };

export type InspectionPlanned = Event<
  'InspectionPlanned',
  {
    planId: string;
    bureauId: string;
    title: string;
    period: { from: Day; to: Day };
    kind: InspectionKind;
    checklist: ChecklistRef;
    /** The units to inspect (the plan's targets). */
    unitIds: string[];
    /** Inspectors assigned per target (person ids), when drawn or listed. */
    assignments: { unitId: string; inspectorIds: string[] }[];
    selection: TargetSelection;
    /** The roster the inspectors were drawn or listed from: person ids, names, credentials. (Additive.) */
    roster?: Inspector[];
  }
>;

/** `unitIds`: the plan's targets, so that the end of the plan appears in their histories (absent on early events). */
export type InspectionPlanCompleted = Event<'InspectionPlanCompleted', { planId: string; bureauId: string; note: string | null; unitIds?: string[] }>;
export type InspectionPlanCancelled = Event<'InspectionPlanCancelled', { planId: string; bureauId: string; reason: string; unitIds?: string[] }>;

/**
 * (Additive.) An inspector recused from one target (回避, 行政处罚法§43), replaced by a logged re-draw: the same
 * algorithm and seed as the plan's draw, under its own label, over the candidates listed (sorted person ids).
 */
export type InspectionPlanInspectorRecused = Event<
  'InspectionPlanInspectorRecused',
  {
    planId: string;
    bureauId: string;
    unitId: string;
    inspectorId: string;
    reason: string;
    replacementId: string;
    redraw: { algorithm: string; label: string; candidates: string[] };
  }
>;

/** One item's result as stated: by an inspector (commands, corrections) or by a unit's self-report. */
export interface ItemOutcome {
  itemCode: string;
  result: ItemResult;
  note: string | null;
}

/**
 * (Schema version 2 of InspectionConducted.) One item's result in an inspection record, with the findings recorded
 * against it: the ids of the record's findings whose itemCode is the result's, in the findings' order. Derived, never
 * stated: whenever results or findings change it is derived again (`resultsWithFindingIds`), so it cannot disagree with them.
 */
export interface InspectionItemOutcome extends ItemOutcome {
  findingIds: string[];
}

export interface Finding {
  findingId: string;
  itemCode: string;
  severity: Severity;
  description: string;
  legalBasis: LegalBasis | null;
}

export type InspectionConducted = Event<
  'InspectionConducted',
  {
    inspectionId: string;
    bureauId: string;
    unitId: string;
    planId: string | null;
    /** The unit's region as it stood on the day (additive; absent only in events built by hand). */
    region?: RegionRef;
    kind: InspectionKind;
    /** The day it happened (business time). */
    day: Day;
    inspectors: Inspector[];
    checklist: ChecklistRef;
    /** One result for every item of the checklist version that the kind uses; with `findingIds` since version 2. */
    results: InspectionItemOutcome[];
    findings: Finding[];
    conclusion: string;
    evidence: EvidenceRef[];
  }
>;

/**
 * A mistake in the record corrected; the original stays in the history. Only the fields given change. Results are
 * restated as the inspector states them, without `findingIds` (still version 1): whoever applies a correction derives
 * them again from the merged record (`resultsWithFindingIds`), which also covers a correction of the findings alone and every
 * correction stored before InspectionConducted version 2.
 */
export type InspectionRecordCorrected = Event<
  'InspectionRecordCorrected',
  {
    inspectionId: string;
    bureauId: string;
    unitId: string;
    reason: string;
    changes: Partial<Pick<InspectionConducted['data'], 'day' | 'inspectors' | 'findings' | 'conclusion' | 'evidence'> & { results: ItemOutcome[] }>;
  }
>;

/**
 * The results with the findings recorded against each item (InspectionConducted version 2). Pure and tolerant: it
 * runs on stored data (upcasting, projections), so a finding without a string id or item code is passed over.
 */
export function resultsWithFindingIds(results: readonly ItemOutcome[], findings: readonly Pick<Finding, 'findingId' | 'itemCode'>[]): InspectionItemOutcome[] {
  const byItem = new Map<string, string[]>();
  for (const f of findings) {
    if (typeof f?.findingId !== 'string' || typeof f.itemCode !== 'string') continue;
    const ids = byItem.get(f.itemCode);
    if (ids) ids.push(f.findingId);
    else byItem.set(f.itemCode, [f.findingId]);
  }
  return results.map((r) => ({ ...r, findingIds: [...(byItem.get(r?.itemCode) ?? [])] }));
}

/** The results as stated (without what is derived from the findings): what a correction compares and restates. */
export const statedOutcomes = (results: readonly ItemOutcome[]): ItemOutcome[] => results.map((r) => ({ itemCode: r.itemCode, result: r.result, note: r.note }));

/** The inspection record withdrawn: it no longer counts for anything; it stays in the history. */
export type InspectionWithdrawn = Event<'InspectionWithdrawn', { inspectionId: string; bureauId: string; unitId: string; reason: string }>;

export type ChecklistEvent = ChecklistVersionPublished;
export type PlanEvent = InspectionPlanned | InspectionPlanCompleted | InspectionPlanCancelled | InspectionPlanInspectorRecused;
export type InspectionEvent = InspectionConducted | InspectionRecordCorrected | InspectionWithdrawn;

export const checklistStreamId = (checklistId: string, version: number): string => `checklist-${checklistId}-v${version}`;
export const planStreamId = (planId: string): string => `plan-${planId}`;
export const inspectionStreamId = (inspectionId: string): string => `inspection-${inspectionId}`;
