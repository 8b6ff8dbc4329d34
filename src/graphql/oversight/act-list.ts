import { canReadBureau, canReadUnit, narrowRegionPrefix } from '../../auth/scope';
import { normaliseCreditCode } from '../../domain/shared/credit-code';
import { ValidationError } from '../../domain/shared/errors';
import { countActs, findActs, isRowOf, type ActListQuery } from '../../../projections/oversight/acts.queries';
import { bureauKey, regionKey, unitKey, type ActDoc, type ActKind } from '../../../projections/oversight/acts.model';
import type { Context } from '../context';
import { decodeCursor, encodeCursor, pageSize, toPage } from '../shared/page';
import type { SupervisoryFilterInput } from './common.type';
import { emptyConnection, type Connection } from '../shared/connection';

const REGION_PREFIX = /^(\d{2}){0,3}$/;
const CURSOR = 'act';

/** A region prefix as the records are listed: '', two, four or six digits. */
export function requireRegionPrefix(prefix: string | null | undefined): string | undefined {
  if (prefix === null || prefix === undefined) return undefined;
  if (!REGION_PREFIX.test(prefix)) {
    throw new ValidationError('regionPrefix is two, four or six digits of a GB/T 2260 code', 'filter.regionPrefix', 'INVALID_REGION_PREFIX');
  }
  return prefix;
}

/**
 * The one list that answers a filter within the caller's scope, or null when nothing can match. A record is visible
 * when a bureau or a unit it involves lies in the caller's scope; a unit's reporter sees the records naming the unit.
 */
export async function listFor(ctx: Context, kind: ActKind, filter: SupervisoryFilterInput | null | undefined): Promise<ActListQuery | null> {
  const scope = ctx.scope;
  const asked = requireRegionPrefix(filter?.regionPrefix);
  const bureauId = filter?.bureauId?.trim() || undefined;
  const range = { ...(filter?.from && { from: filter.from }), ...(filter?.to && { to: filter.to }) };
  const unitId = filter?.unitId ? normaliseCreditCode(filter.unitId) : scope.kind === 'unit' ? scope.unitId : undefined;
  if (unitId !== undefined) {
    const unit = await ctx.loaders.unit.load(unitId);
    if (!unit || !canReadUnit(scope, unit)) return null;
    if (asked !== undefined && !unit.regionCode.startsWith(asked)) return null;
    return { kind, key: unitKey(unitId), ...range, ...(bureauId && { bureauId }) };
  }
  const prefix = narrowRegionPrefix(scope, asked);
  if (prefix === null) return null;
  if (bureauId !== undefined && asked === undefined) {
    const bureau = await ctx.loaders.bureau.load(bureauId);
    // Every record of a bureau the caller may read; otherwise only those touching the caller's region.
    if (bureau && canReadBureau(scope, bureau)) return { kind, key: bureauKey(bureauId), ...range };
  }
  return { kind, key: regionKey(prefix ?? ''), ...range, ...(bureauId && { bureauId }) };
}

/** A Relay page of one kind of record, newest first, mapped to its GraphQL shape. */
export async function pageOf<D extends ActDoc, N>(
  ctx: Context,
  query: ActListQuery | null,
  first: number | null | undefined,
  after: string | null | undefined,
  toNode: (doc: D) => N,
): Promise<Connection<N>> {
  const size = pageSize(first);
  const afterRow = decodeCursor(CURSOR, after);
  if (query === null) return emptyConnection();
  if (afterRow !== undefined && !isRowOf(query, afterRow)) throw new ValidationError('The cursor belongs to another list', 'after', 'INVALID_CURSOR');
  const [rows, totalCount] = await Promise.all([findActs<D>(ctx.readStore, query, size + 1, afterRow), countActs(ctx.readStore, query)]);
  const page = toPage(rows, size, (row) => encodeCursor(CURSOR, row.rowId));
  const edges = page.nodes.map((row) => ({ cursor: encodeCursor(CURSOR, row.rowId), node: toNode(row.doc) }));
  return { edges, nodes: edges.map((e) => e.node), pageInfo: page.pageInfo, totalCount };
}
