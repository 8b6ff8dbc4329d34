import type { Day } from '../shared/day';
import type { InspectionKind, Inspector } from '../supervision/common';
import type { ChecklistRef } from './inspection.events';
import type { StratumClass } from './draw';

/** A listed plan: the bureau names its targets (and, optionally, who inspects which). */
export type PlanInspections = {
  type: 'PlanInspections';
  data: {
    planId: string;
    bureauId: string;
    title: string;
    period: { from: Day; to: Day };
    kind: InspectionKind;
    checklist: ChecklistRef;
    unitIds: string[];
    roster: Inspector[] | null;
    assignments: { unitId: string; inspectorIds: string[] }[] | null;
  };
};

/** How many to draw: a count or a share (rounded up: "at least 5%"), of the whole pool or of one class. */
export interface SampleSize {
  count: number | null;
  ratio: number | null;
}

/** A unit the draw may pick: active in the bureau's scope on the plan's first day, with its supervision class. */
export interface PoolUnit {
  unitId: string;
  unitClass: string | null;
}

/** 双随机: targets drawn from the bureau's scope, inspectors from its roster. */
export type DrawInspectionPlan = {
  type: 'DrawInspectionPlan';
  data: {
    planId: string;
    bureauId: string;
    title: string;
    period: { from: Day; to: Day };
    kind: InspectionKind;
    checklist: ChecklistRef;
    /** Unstratified (`strata` null: `sample` applies to the whole pool) or one size per class drawn from. */
    sample: SampleSize | null;
    strata: ({ unitClass: StratumClass } & SampleSize)[] | null;
    roster: Inspector[];
    inspectorsPerTarget: number;
    seed: string;
    /** A commitment published before the draw, if any: the seed must hash to it. */
    seedCommitment: string | null;
    /** The bureau's scope on the first day, as the service read it. */
    pool: PoolUnit[];
  };
};

export type RecuseInspector = {
  type: 'RecuseInspector';
  data: { planId: string; unitId: string; inspectorId: string; reason: string };
};

export type CompleteInspectionPlan = { type: 'CompleteInspectionPlan'; data: { planId: string; note: string | null } };
export type CancelInspectionPlan = { type: 'CancelInspectionPlan'; data: { planId: string; reason: string } };

export type PlanCommand = PlanInspections | DrawInspectionPlan | RecuseInspector | CompleteInspectionPlan | CancelInspectionPlan;
