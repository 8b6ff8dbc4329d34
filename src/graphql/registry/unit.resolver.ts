import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { countUnitHistory, findUnitHistory } from '../../../projections/unit-history/unit-history.queries';
import { UNITS, type UnitDoc } from '../../../projections/units/units.projection';
import { countUnits, findUnits, type UnitFilter } from '../../../projections/units/units.queries';
import type { UnitCommand } from '../../domain/registry/unit.commands';
import { normaliseCreditCode } from '../../domain/shared/credit-code';
import { NotFoundError } from '../../domain/shared/errors';
import { findRegion } from '../../domain/shared/region';
import { canReadBureau, canReadRegion, canReadUnit, narrowRegionPrefix } from '../../auth/scope';
import { RECORD_READERS, WRITERS } from '../roles';
import type { Context } from '../context';
import { commandMetadata } from '../shared/act';
import { historyPage } from '../shared/history-page';
import { decodeCursor, encodeCursor, pageSize, toPage } from '../shared/page';
import { Bureau } from './bureau.type';
import { HistoryConnection } from './history.type';
import { actFields, UnitPayload } from './payload.type';
import { Region } from './region.type';
import {
  ActInput,
  AmendUnitDetailsInput,
  AssignArchivistInput,
  ClassifyUnitInput,
  DeregisterUnitInput,
  RegisterUnitInput,
  ReleaseArchivistInput,
  TransferUnitInput,
  UnitFilterInput,
} from './unit.input';
import { Unit, UnitConnection } from './unit.type';

const UNIT_CURSOR = 'unit';

const orUndefined = <T>(value: T | null | undefined): T | undefined => (value === null ? undefined : value);

/** The caller's filter within the caller's scope; null when the two do not meet (an empty answer). */
function toUnitFilter(ctx: Context, input: UnitFilterInput | null | undefined): UnitFilter | null {
  const scope = ctx.scope;
  const filter: UnitFilter = {
    category: orUndefined(input?.category),
    unitClass: orUndefined(input?.unitClass),
    bureauId: orUndefined(input?.bureauId),
    status: orUndefined(input?.status),
  };
  if (scope.kind === 'unit') return { ...filter, regionPrefix: orUndefined(input?.regionPrefix), unitId: scope.unitId };
  const regionPrefix = narrowRegionPrefix(scope, orUndefined(input?.regionPrefix));
  return regionPrefix === null ? null : { ...filter, regionPrefix };
}

/** A unit the caller may see, or null: out of scope and unknown look the same. */
async function visibleUnit(ctx: Context, unitId: string): Promise<UnitDoc | null> {
  const unit = await ctx.loaders.unit.load(unitId);
  return unit && canReadUnit(ctx.scope, unit) ? unit : null;
}

function unitHistoryPage(ctx: Context, unitId: string, first: number | null | undefined, after: string | null | undefined) {
  return historyPage(
    {
      find: (limit, afterPosition) => findUnitHistory(ctx.readStore, unitId, limit, afterPosition),
      count: () => countUnitHistory(ctx.readStore, unitId),
    },
    first,
    after,
  );
}

@Resolver(() => Unit)
export class UnitResolver {
  @Authorized(RECORD_READERS)
  @Query(() => Unit, { nullable: true, description: 'A unit by its credit code (null when unknown or outside your scope)' })
  unit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<UnitDoc | null> {
    return visibleUnit(ctx, normaliseCreditCode(id));
  }

  @Authorized(RECORD_READERS)
  @Query(() => UnitConnection, { description: 'Units ordered by credit code, filtered, within your scope' })
  async units(
    @Ctx() ctx: Context,
    @Arg('filter', () => UnitFilterInput, { nullable: true }) filter?: UnitFilterInput | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<UnitConnection> {
    const size = pageSize(first);
    const unitFilter = toUnitFilter(ctx, filter);
    if (unitFilter === null) return { nodes: [], edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
    const [rows, totalCount] = await Promise.all([
      findUnits(ctx.readStore, unitFilter, size + 1, decodeCursor(UNIT_CURSOR, after)),
      countUnits(ctx.readStore, unitFilter),
    ]);
    for (const row of rows) ctx.loaders.unit.prime(row.unitId, row);
    const page = toPage(rows, size, (row) => encodeCursor(UNIT_CURSOR, row.unitId));
    return {
      nodes: page.nodes as Unit[],
      edges: page.nodes.map((node) => ({ node: node as Unit, cursor: encodeCursor(UNIT_CURSOR, node.unitId) })),
      pageInfo: page.pageInfo,
      totalCount,
    };
  }

  @Authorized(RECORD_READERS)
  @Query(() => HistoryConnection, { description: 'Every event that touched the unit, in the order of the log' })
  async unitHistory(
    @Arg('unitId', () => ID) unitId: string,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<HistoryConnection> {
    const id = normaliseCreditCode(unitId);
    if (!(await visibleUnit(ctx, id))) throw new NotFoundError(`Unit ${id} is not registered`, 'UNIT_NOT_FOUND', { unitId: id });
    return unitHistoryPage(ctx, id, first, after);
  }

  @FieldResolver(() => Bureau, { nullable: true, description: 'The supervising bureau (null when outside your scope)' })
  async bureau(@Root() unit: UnitDoc, @Ctx() ctx: Context) {
    const bureau = await ctx.loaders.bureau.load(unit.bureauId);
    return bureau && canReadBureau(ctx.scope, bureau) ? bureau : null;
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The region from the shipped GB/T 2260 table (null when outside your scope)' })
  region(@Root() unit: UnitDoc, @Ctx() ctx: Context): Region | null {
    const region = findRegion(unit.regionCode);
    return region && canReadRegion(ctx.scope, region) ? region : null;
  }

  @FieldResolver(() => String, { nullable: true })
  checkOverrideReason(@Root() unit: UnitDoc): string | null {
    return unit.checkOverride?.reason ?? null;
  }

  @FieldResolver(() => HistoryConnection)
  history(
    @Root() unit: UnitDoc,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<HistoryConnection> {
    return unitHistoryPage(ctx, unit.unitId, first, after);
  }

  @Authorized(WRITERS)
  @Mutation(() => UnitPayload, { description: 'Register a unit in the scope of a bureau (UnitRegistered)' })
  registerUnit(@Arg('input') input: RegisterUnitInput, @Ctx() ctx: Context): Promise<UnitPayload> {
    return act(ctx, input, {
      type: 'RegisterUnit',
      data: {
        unitId: normaliseCreditCode(input.unitId),
        name: input.name,
        category: input.category,
        unitClass: input.unitClass ?? null,
        regionCode: input.regionCode,
        bureauId: input.bureauId,
        address: input.address ?? null,
        checkOverrideReason: input.checkOverrideReason ?? null,
      },
    });
  }

  @Authorized(WRITERS)
  @Mutation(() => UnitPayload, { description: "Amend a unit's name, address, category or region (UnitDetailsAmended)" })
  amendUnitDetails(@Arg('input') input: AmendUnitDetailsInput, @Ctx() ctx: Context): Promise<UnitPayload> {
    return act(ctx, input, {
      type: 'AmendUnitDetails',
      data: {
        unitId: normaliseCreditCode(input.unitId),
        ...(input.name != null && { name: input.name }),
        ...(input.address !== undefined && { address: input.address }),
        ...(input.category != null && { category: input.category }),
        ...(input.regionCode != null && { regionCode: input.regionCode }),
        reason: input.reason ?? null,
      },
    });
  }

  @Authorized(WRITERS)
  @Mutation(() => UnitPayload, { description: 'Set the supervision class of a unit (UnitClassified)' })
  classifyUnit(@Arg('input') input: ClassifyUnitInput, @Ctx() ctx: Context): Promise<UnitPayload> {
    return act(ctx, input, {
      type: 'ClassifyUnit',
      data: { unitId: normaliseCreditCode(input.unitId), unitClass: input.unitClass, reason: input.reason ?? null },
    });
  }

  @Authorized(WRITERS)
  @Mutation(() => UnitPayload, { description: 'Move a unit to the scope of another bureau (UnitTransferred)' })
  transferUnit(@Arg('input') input: TransferUnitInput, @Ctx() ctx: Context): Promise<UnitPayload> {
    return act(ctx, input, {
      type: 'TransferUnit',
      data: { unitId: normaliseCreditCode(input.unitId), toBureauId: input.toBureauId, reason: input.reason },
    });
  }

  @Authorized(WRITERS)
  @Mutation(() => UnitPayload, { description: 'Take a unit off the register: dissolved, merged or out of scope (UnitDeregistered)' })
  deregisterUnit(@Arg('input') input: DeregisterUnitInput, @Ctx() ctx: Context): Promise<UnitPayload> {
    return act(ctx, input, {
      type: 'DeregisterUnit',
      data: {
        unitId: normaliseCreditCode(input.unitId),
        reason: input.reason,
        mergedInto: input.mergedInto ? normaliseCreditCode(input.mergedInto) : null,
        note: input.note ?? null,
      },
    });
  }

  @Authorized(WRITERS)
  @Mutation(() => UnitPayload, { description: 'Record that an archivist took up duty at a unit (ArchivistAssigned)' })
  assignArchivist(@Arg('input') input: AssignArchivistInput, @Ctx() ctx: Context): Promise<UnitPayload> {
    return act(ctx, input, {
      type: 'AssignArchivist',
      data: {
        unitId: normaliseCreditCode(input.unitId),
        archivistId: input.archivistId,
        name: input.name,
        partTime: input.partTime,
        duties: input.duties ?? null,
      },
    });
  }

  @Authorized(WRITERS)
  @Mutation(() => UnitPayload, { description: 'Record that an archivist left duty at a unit (ArchivistReleased)' })
  releaseArchivist(@Arg('input') input: ReleaseArchivistInput, @Ctx() ctx: Context): Promise<UnitPayload> {
    return act(ctx, input, {
      type: 'ReleaseArchivist',
      data: { unitId: normaliseCreditCode(input.unitId), archivistId: input.archivistId, reason: input.reason ?? null },
    });
  }
}

/** Thin: input → command → handler → the unit as the read model now shows it. */
async function act(ctx: Context, input: ActInput, command: UnitCommand): Promise<UnitPayload> {
  const result = await ctx.registry.execute(command, commandMetadata(ctx, input));
  const unit = await ctx.readStore.get<UnitDoc>(UNITS, command.data.unitId);
  return { ...actFields(result), unit: unit as Unit | null };
}
