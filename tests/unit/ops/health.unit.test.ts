import { checkReadiness, type ReadinessSources } from '../../../src/ops/health';

/** Readiness: the stores answer, the read models are close to the log, no shutdown, and the projector still runs. */
const sources = (overrides: Partial<ReadinessSources> = {}): ReadinessSources => ({
  headPosition: async () => 100,
  projectionPosition: () => 100,
  maxProjectionLag: 10,
  isShuttingDown: () => false,
  projectorStopped: () => false,
  ...overrides,
});

describe('readiness', () => {
  it('is ready when the stores answer and the projections are caught up', async () => {
    expect(await checkReadiness(sources())).toEqual({ status: 'ready', head: 100, projectionPosition: 100, reasons: [] });
  });

  it('is not ready once this instance’s projector stopped, even within the lag bound', async () => {
    const report = await checkReadiness(sources({ projectionPosition: () => 95, projectorStopped: () => true }));
    expect(report.status).toBe('not ready');
    expect(report.reasons.map((r) => r.code)).toEqual(['PROJECTIONS_STOPPED']);
  });

  it('names each failing part: behind, the event store, the read store, shutting down', async () => {
    expect((await checkReadiness(sources({ projectionPosition: () => 80 }))).reasons.map((r) => r.code)).toEqual(['PROJECTIONS_BEHIND']);
    const failing = sources({
      headPosition: () => Promise.reject(new Error('down')),
      projectionPosition: () => {
        throw new Error('down');
      },
      isShuttingDown: () => true,
    });
    expect((await checkReadiness(failing)).reasons.map((r) => r.code)).toEqual(['SHUTTING_DOWN', 'EVENT_STORE_UNAVAILABLE', 'READ_STORE_UNAVAILABLE']);
  });
});
