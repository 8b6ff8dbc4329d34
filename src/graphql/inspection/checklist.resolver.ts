import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { findChecklist, listChecklists } from '../../../projections/inspection/inspection.queries';
import type { Context } from '../context';
import { Checklist } from './checklist.type';

/** Checklists are public reference data: any authenticated caller reads them. */
@Resolver(() => Checklist)
export class ChecklistResolver {
  @Authorized()
  @Query(() => [Checklist], { description: 'Every published checklist version, by checklist and version' })
  async checklists(@Ctx() ctx: Context): Promise<Checklist[]> {
    return listChecklists(ctx.readStore);
  }

  @Authorized()
  @Query(() => Checklist, { nullable: true, description: 'A checklist version; the latest when no version is named' })
  async checklist(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
    @Arg('version', () => Int, { nullable: true }) version?: number | null,
  ): Promise<Checklist | null> {
    return findChecklist(ctx.readStore, id.trim(), version ?? null);
  }
}
