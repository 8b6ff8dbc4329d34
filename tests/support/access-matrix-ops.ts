import { gql, read } from './access-matrix-core';

/** How far the read models trail the log: for administrators and auditors, whatever their region (no record in it). */
export const OPS_OPERATIONS = {
  projectionStatus: read({
    doc: gql<{ projectionStatus: { headPosition: number; projectedPosition: number; lag: number } }>(
      'query M_projectionStatus { projectionStatus { headPosition projectedPosition lag } }',
    ),
    variables: () => ({}),
    allowed: (data) => {
      const s = data.projectionStatus;
      expect(s.lag).toBe(s.headPosition - s.projectedPosition);
      expect(s.lag).toBeGreaterThanOrEqual(0);
    },
    empty: () => {
      throw new Error('projectionStatus has no empty answer: it is allowed or FORBIDDEN');
    },
  }),
};
