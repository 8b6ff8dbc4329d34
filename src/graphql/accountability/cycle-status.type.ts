import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { Authorized, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CYCLE_STATES, type CycleState } from '../../domain/accountability/cycle';
import type { InspectionKind } from '../../domain/supervision/common';
import { InspectionKindEnum } from '../inspection/enums';
import { RECORD_READERS } from '../roles';
import { PageInfo } from '../shared/page';

export const CycleStateEnum = Object.fromEntries(CYCLE_STATES.map((s) => [s, s])) as { [K in CycleState]: K };
registerEnumType(CycleStateEnum, {
  name: 'CycleState',
  description: 'Where a unit stands in the two-year cycle on a day: COVERED, NOT_YET_DUE (entered the scope less than 24 months before, not covered) or OVERDUE (a dead corner, 死角)',
});

@ObjectType({ description: 'A unit overdue in the two-year cycle (a dead corner, 死角)' })
export class OverdueUnit {
  @Field(() => ID, { description: 'Unified social credit code' })
  unitId!: string;

  @Field(() => String, { nullable: true, description: "The unit's name now" })
  name!: string | null;

  @Field(() => String, { nullable: true, description: "GB/T 2260 code of the unit's region now" })
  regionCode!: string | null;

  @Field(() => LocalDateResolver, { description: "The day it entered the bureau's scope (registration, re-registration or transfer in)" })
  enteredScopeOn!: string;

  @Field(() => LocalDateResolver, { description: 'The day it fell due: the last day of its cycle; overdue from the day after' })
  dueOn!: string;

  @Field(() => Int, { description: 'Days since it fell due (the first overdue day counts 1)' })
  daysOverdue!: number;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Its last counting inspection (by any bureau), if any' })
  lastCountingInspectionOn!: string | null;
}

@ObjectType()
export class OverdueUnitEdge {
  @Field()
  cursor!: string;

  @Field(() => OverdueUnit)
  node!: OverdueUnit;
}

@ObjectType({ description: 'Overdue units, the longest overdue first, then by credit code' })
export class OverdueUnitConnection {
  @Field(() => [OverdueUnitEdge])
  edges!: OverdueUnitEdge[];

  @Field(() => [OverdueUnit])
  nodes!: OverdueUnit[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Overdue units, all pages' })
  totalCount!: number;
}

@ObjectType({ description: "A bureau's two-year cycle (至少每两年普遍检查一次) on a day, as the record stood at a time" })
export class BureauCycleStatus {
  @Field(() => ID)
  bureauId!: string;

  @Field(() => LocalDateResolver, { description: 'The day judged (business time)' })
  asOf!: string;

  @Field(() => DateTimeISOResolver, { description: 'The record as it stood at this time: only events recorded by then count' })
  knownAt!: string;

  @Field(() => [InspectionKindEnum], { description: 'The inspection kinds that count for the cycle (configuration)' })
  countingKinds!: InspectionKind[];

  @Field({ description: 'Cycle met: no unit in scope on asOf is overdue' })
  met!: boolean;

  @Field(() => Int, { description: 'Units in the bureau\'s scope on asOf (registered, not deregistered, supervised by it)' })
  unitsInScope!: number;

  @Field(() => Int, { description: 'Units with a counting inspection in the 24 months up to asOf' })
  covered!: number;

  @Field(() => Int, { description: 'Units not covered that entered the scope less than 24 months before asOf' })
  notYetDue!: number;

  @Field(() => Int)
  overdue!: number;

  @Authorized(RECORD_READERS)
  @Field(() => OverdueUnitConnection, { nullable: true, description: 'The overdue units (a page of `first` after `after`); not for analysts' })
  overdueUnits!: OverdueUnitConnection | null;
}

@ObjectType({ description: "A unit's place in the two-year cycle on a day, as the record stood at a time" })
export class UnitCycleStatus {
  @Field(() => LocalDateResolver)
  asOf!: string;

  @Field(() => DateTimeISOResolver)
  knownAt!: string;

  @Field({ description: "Whether the unit was in a bureau's scope on asOf (registered, not deregistered)" })
  inScope!: boolean;

  @Field(() => ID, { nullable: true, description: 'The bureau that supervised it on asOf' })
  bureauId!: string | null;

  @Field(() => CycleStateEnum, { nullable: true, description: 'Null when in no scope on asOf' })
  state!: CycleState | null;

  @Field(() => LocalDateResolver, { nullable: true })
  enteredScopeOn!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The last day of its cycle: it must be inspected by then (overdue from the day after)' })
  dueOn!: string | null;

  @Field(() => Int, { description: 'Days overdue on asOf (0 unless OVERDUE)' })
  daysOverdue!: number;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Its last counting inspection on or before asOf (by any bureau)' })
  lastCountingInspectionOn!: string | null;
}
