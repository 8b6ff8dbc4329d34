import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { BulletinKind } from '../../domain/oversight/bulletin.events';
import type { BulletinDoc } from '../../../projections/oversight/acts.model';
import type { Context } from '../context';
import { ActInput } from '../registry/unit.input';
import { mentionsOf, stepsOf, SupervisoryFilterInput, SupervisoryRecord, UnitMention } from './common.type';
import { connectionOf } from '../shared/connection';
import { BulletinKindEnum, BulletinStatusEnum } from './enums';
import { OversightPayload } from './payload';

@ObjectType({ description: 'A unit named by a bulletin, and why' })
export class BulletinUnit extends UnitMention {
  @Field()
  reason!: string;
}

@ObjectType()
export class BulletinWithdrawal {
  @Field(() => LocalDateResolver)
  day!: string;

  @Field()
  reason!: string;
}

@ObjectType({ description: '通报: a bulletin commending, criticising, setting a typical case, or general' })
export class Bulletin extends SupervisoryRecord {
  @Field(() => ID)
  bulletinId!: string;

  @Field(() => BulletinKindEnum)
  kind!: BulletinKind;

  @Field(() => BulletinStatusEnum)
  status!: 'ISSUED' | 'WITHDRAWN';

  @Field({ description: '文号' })
  documentNumber!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  summary!: string | null;

  @Field(() => [BulletinUnit], { description: 'The units named that lie in your scope' })
  units!: BulletinUnit[];

  @Field(() => Int, { description: 'How many of the units it names lie in your scope (totals count only what you may see)' })
  namedUnitCount!: number;

  @Field(() => BulletinWithdrawal, { nullable: true })
  withdrawal!: BulletinWithdrawal | null;
}

export const BulletinConnection = connectionOf(Bulletin, 'Bulletin');

export function toBulletin(ctx: Context, doc: BulletinDoc): Bulletin {
  const reasons = new Map(doc.units.map((u) => [u.unitId, u.reason]));
  const mentions = mentionsOf(ctx, doc);
  return {
    bulletinId: doc.recordId,
    bureauId: doc.bureauId,
    day: doc.day,
    timeline: stepsOf(doc.timeline),
    kind: doc.bulletinKind,
    status: doc.status as Bulletin['status'],
    documentNumber: doc.documentNumber,
    title: doc.title,
    summary: doc.summary,
    units: mentions.map((m) => ({ ...m, reason: reasons.get(m.unitId) ?? '' })),
    namedUnitCount: mentions.length,
    withdrawal: doc.withdrawal,
  };
}

@InputType()
export class BulletinUnitInput {
  @Field(() => ID)
  unitId!: string;

  @Field({ description: 'Why the unit is named' })
  reason!: string;
}

@InputType()
export class IssueBulletinInput extends ActInput {
  @Field(() => ID, { nullable: true, description: "The issuing bureau; defaults to a staff member's own" })
  bureauId?: string | null;

  @Field(() => BulletinKindEnum)
  kind!: BulletinKind;

  @Field()
  documentNumber!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => [BulletinUnitInput], { defaultValue: [], description: 'Units supervised by the bureau or a bureau below it in its region' })
  units!: BulletinUnitInput[];
}

@InputType()
export class WithdrawBulletinInput extends ActInput {
  @Field(() => ID)
  bulletinId!: string;

  @Field()
  reason!: string;
}

@InputType()
export class BulletinFilterInput extends SupervisoryFilterInput {
  @Field(() => BulletinKindEnum, { nullable: true })
  kind?: BulletinKind | null;

  @Field(() => BulletinStatusEnum, { nullable: true })
  status?: 'ISSUED' | 'WITHDRAWN' | null;
}

@ObjectType()
export class BulletinPayload extends OversightPayload {
  @Field(() => Bulletin, { nullable: true })
  bulletin!: Bulletin | null;
}
