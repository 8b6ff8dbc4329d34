import { LocalDateResolver, SafeIntResolver } from 'graphql-scalars';
import { Authorized, Ctx, Field, FieldResolver, ID, InputType, ObjectType, Resolver, Root } from 'type-graphql';
import { canReadUnit } from '../../auth/scope';
import type { UnitDoc } from '../../../projections/units/units.projection';
import type { ActDocBase, ActStep } from '../../../projections/oversight/acts.model';
import type { Context } from '../context';
import { ActorInfo } from '../registry/history.type';
import { Unit } from '../registry/unit.type';
import { PERSONAL_DATA_READERS } from '../roles';
import { WhoAndWhen } from '../shared/who-and-when';

@ObjectType({ description: "One event of a supervisory record: the act, its day, who did it, when it happened and when it was recorded" })
export class OversightStep extends WhoAndWhen {
  @Field(() => ID)
  eventId!: string;

  @Field({ description: 'Event type, e.g. LeadInvestigated' })
  type!: string;

  @Field(() => LocalDateResolver, { description: 'The business day of the step' })
  day!: string;


  @Field(() => SafeIntResolver)
  position!: number;
}

@ObjectType({ description: 'A unit a record names, with its region as recorded; `unit` is null outside your scope' })
export class UnitMention {
  @Field(() => ID)
  unitId!: string;

  @Field()
  regionCode!: string;
}

@ObjectType({ description: 'An archivist of a unit named by a record (archivists met, attendees)' })
export class ArchivistMention {
  @Field(() => ID)
  unitId!: string;

  @Field(() => ID)
  archivistId!: string;

  @Authorized(PERSONAL_DATA_READERS)
  @Field({ description: "The archivist's name as registered: personal data" })
  name!: string;
}

@ObjectType('ReportingPeriod')
export class ReportingPeriod {
  @Field(() => LocalDateResolver)
  from!: string;

  @Field(() => LocalDateResolver)
  to!: string;
}

@InputType('ReportingPeriodInput')
export class ReportingPeriodInput {
  @Field(() => LocalDateResolver)
  from!: string;

  @Field(() => LocalDateResolver)
  to!: string;
}

/** What every supervisory record shows. */
// Decorated so that its fields are inherited; never referenced, so not emitted as a type of its own.
@ObjectType()
export abstract class SupervisoryRecord {
  @Field(() => ID, { description: 'The bureau that did the act' })
  bureauId!: string;

  @Field(() => LocalDateResolver, { description: 'The day the record began' })
  day!: string;

  @Field(() => [OversightStep], { description: "The record's events in order, each with actor and both times" })
  timeline!: OversightStep[];
}

/** Filters every list of records takes. */
// Decorated so that its fields are inherited; never referenced, so not emitted as a type of its own.
@InputType()
export abstract class SupervisoryFilterInput {
  @Field(() => ID, { nullable: true, description: 'Records of this bureau (the one that did the act, or the other bureau it involves)' })
  bureauId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Records naming this unit' })
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: "GB/T 2260 code prefix ('33', '3301', '330106'): records of bureaus or units there" })
  regionPrefix?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Records that began on or after this day' })
  from?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Records that began on or before this day' })
  to?: string | null;
}

/** The units of a record that the caller may see (a record may name units outside the caller's scope). */
export function mentionsOf(ctx: Context, doc: Pick<ActDocBase, 'unitIds' | 'unitRegions'>): UnitMention[] {
  return doc.unitIds
    .map((unitId) => ({ unitId, regionCode: doc.unitRegions[unitId] ?? '' }))
    .filter((u) => canReadUnit(ctx.scope, u));
}

/** Archivists of visible units only. */
export function visibleArchivists(ctx: Context, doc: Pick<ActDocBase, 'unitRegions'>, people: readonly ArchivistMention[]): ArchivistMention[] {
  return people.filter((p) => canReadUnit(ctx.scope, { unitId: p.unitId, regionCode: doc.unitRegions[p.unitId] ?? '' }));
}

export const stepsOf = (timeline: readonly ActStep[]): OversightStep[] => timeline.map((s) => ({ ...s, actor: s.actor as ActorInfo }));

@Resolver(() => UnitMention)
export class UnitMentionResolver {
  @FieldResolver(() => Unit, { nullable: true, description: 'The unit as it stands now (null when outside your scope)' })
  async unit(@Root() mention: UnitMention, @Ctx() ctx: Context): Promise<UnitDoc | null> {
    const unit = await ctx.loaders.unit.load(mention.unitId);
    return unit && canReadUnit(ctx.scope, unit) ? unit : null;
  }
}
