import { JSONObjectResolver } from 'graphql-scalars';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HistoryEntryFields } from '../../../projections/history-entry';
import type { Context } from '../context';
import { dataVisibleTo } from '../shared/event-visibility';
import { HistoryEntry } from './history.type';

@Resolver(() => HistoryEntry)
export class HistoryEntryResolver {
  @FieldResolver(() => JSONObjectResolver, {
    description: "The event's data as recorded, less the units (and people at them) outside your scope that a many-unit act names",
  })
  data(@Root() entry: HistoryEntryFields, @Ctx() ctx: Context): Promise<object> {
    return dataVisibleTo(ctx, entry.data);
  }
}
