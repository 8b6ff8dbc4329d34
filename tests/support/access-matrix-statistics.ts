import { gql, read, type Target } from './access-matrix-core';

/**
 * The access-matrix operation of regionStatistics, for the lead to spread into OPERATIONS (tests/support/access-matrix.ts)
 * with rows like `region`'s: ALLOW in scope for ADMIN, CLERK, AUDITOR, ANALYST; NOT_FOUND out of scope and for
 * REPORTER; UNAUTHENTICATED without a token. Analysts read it (aggregates only: it names no unit or person).
 */
export const STATISTICS_OPERATIONS = {
  regionStatistics: read({
    doc: gql<
      { regionStatistics: { regionCode: string; units: { total: number }; coverage: { unitsInScope: number; covered: number; notYetDue: number; overdue: number } } },
      { code: string }
    >('query M_regionStatistics($code: String!) { regionStatistics(regionCode: $code) { regionCode units { total } coverage { unitsInScope covered notYetDue overdue } } }'),
    variables: (target: Target) => ({ code: target.regionCode }),
    allowed: (data, ctx) => {
      const s = data.regionStatistics;
      expect(s.regionCode).toBe(ctx.target.regionCode);
      expect(s.coverage.covered + s.coverage.notYetDue + s.coverage.overdue).toBe(s.coverage.unitsInScope);
      expect(s.coverage.unitsInScope).toBe(s.units.total);
    },
    empty: () => {
      throw new Error('regionStatistics refuses with NOT_FOUND; it has no empty answer');
    },
  }),
};
