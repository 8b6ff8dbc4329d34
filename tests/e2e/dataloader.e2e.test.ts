import { makeCreditCode } from '../../src/domain/shared/credit-code';
import { EstablishBureauDocument, ImportUnitsDocument, UnitsWithBureauAndRegionDocument } from '../support/generated/operations';
import { TestServer } from '../support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await TestServer.start();
  await server.ok(EstablishBureauDocument, { input: { regionCode: '330000', name: '浙江省档案局' } });
  await server.ok(EstablishBureauDocument, { input: { regionCode: '330100', name: '杭州市档案局' } });
  const counties = ['330102', '330105', '330106', '330108', '330109', '330110'];
  const rows = Array.from({ length: 60 }, (_, i) => `${makeCreditCode(50_000 + i)},单位${i},事业单位,${counties[i % counties.length]},330100`);
  const report = await server.ok(ImportUnitsDocument, {
    input: { format: 'CSV', content: ['统一社会信用代码,单位名称,单位类别,行政区划代码,主管档案局', ...rows].join('\n') },
  });
  expect(report.importUnits).toMatchObject({ imported: 60, rejected: 0, applied: true });
});
afterAll(() => server.stop());

async function readCallsFor(first: number): Promise<number> {
  const before = server.app.readStore.calls;
  const { units } = await server.ok(UnitsWithBureauAndRegionDocument, { filter: { bureauId: '330100' }, first });
  expect(units.nodes).toHaveLength(first);
  expect(units.nodes.every((u) => u.bureau?.parent?.bureauId === '330000' && u.region !== null)).toBe(true);
  return server.app.readStore.calls - before;
}

describe('DataLoader batching', () => {
  it('serves a page of 50 units with their bureau, its parent and their region in as many read-store calls as a page of 5', async () => {
    const small = await readCallsFor(5);
    const large = await readCallsFor(50);
    expect(large).toBe(small);
    // units + totalCount + bureaus + parent bureaus + region roll-ups
    expect(large).toBeLessThanOrEqual(5);
  });
});
