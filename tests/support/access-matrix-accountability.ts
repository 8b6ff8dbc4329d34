import { gql, read, type Target } from './access-matrix-core';

const byBureau = (target: Target) => ({ id: target.bureauId });

/** The two-year cycle audit and late records: bureau-scoped figures (analysts read the counts, not the lists). */
export const ACCOUNTABILITY_OPERATIONS = {
  cycleStatus: read({
    doc: gql<{ cycleStatus: { bureauId: string; unitsInScope: number; covered: number; notYetDue: number; overdue: number; met: boolean } }, { id: string }>(
      'query M_cycleStatus($id: ID!) { cycleStatus(bureauId: $id) { bureauId unitsInScope covered notYetDue overdue met } }',
    ),
    variables: byBureau,
    allowed: (data, ctx) => {
      const c = data.cycleStatus;
      expect(c.bureauId).toBe(ctx.target.bureauId);
      expect(c.covered + c.notYetDue + c.overdue).toBe(c.unitsInScope);
      expect(c.met).toBe(c.overdue === 0);
    },
    empty: () => {
      throw new Error('cycleStatus refuses with NOT_FOUND; it has no empty answer');
    },
  }),
  inactionReview: read({
    doc: gql<{ inactionReview: { bureaus: { bureauId: string; score: number }[] } }, { id: string }>(
      'query M_inactionReview($id: ID!) { inactionReview(bureauId: $id) { bureaus { bureauId score } } }',
    ),
    variables: byBureau,
    allowed: (data, ctx) => {
      expect(data.inactionReview.bureaus.map((b) => b.bureauId)).toEqual([ctx.target.bureauId]);
    },
    empty: () => {
      throw new Error('inactionReview refuses with NOT_FOUND; it has no empty answer');
    },
  }),
  lateRecords: read({
    doc: gql<{ lateRecords: { totalCount: number; nodes: { bureauId: string }[] } }, { id: string }>(
      'query M_lateRecords($id: ID!) { lateRecords(bureauId: $id, minDelayDays: 1) { totalCount nodes { bureauId } } }',
    ),
    variables: byBureau,
    allowed: (data, ctx) => {
      expect(data.lateRecords.totalCount).toBe(data.lateRecords.nodes.length);
      for (const node of data.lateRecords.nodes) expect(node.bureauId).toBe(ctx.target.bureauId);
    },
    empty: () => {
      throw new Error('lateRecords refuses with NOT_FOUND; it has no empty answer');
    },
  }),
};
