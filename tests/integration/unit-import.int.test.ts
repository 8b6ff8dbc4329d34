import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UNITS, type UnitDoc } from '../../projections/units/units.projection';
import { RegistryService } from '../../src/application/registry.service';
import type { CommandMetadata } from '../../src/application/command-handler';
import { UnitImporter, type ImportReport, type ImportRequest } from '../../src/application/unit-import';
import { createProgress } from '../../src/cli/progress';
import { CREDIT_CODE_CHARSET, makeCreditCode } from '../../src/domain/shared/credit-code';
import type { Doc } from '../../src/readstore/port';
import { uuidv7 } from '../../src/domain/shared/uuid';
import { openEmbeddedStores } from '../../src/main';

/**
 * Bulk import against the real embedded store (one SQLite file in a temp folder), wired as src/main.ts wires it.
 * Zhejiang (330000) and Hangzhou (330100) have bureaus; Beijing (110000) has none.
 */
const PROVINCE = '330000';
const PREFECTURE = '330100';
const XIHU = '330106'; // 西湖区, Hangzhou
const NINGBO_HAISHU = '330203'; // 海曙区, Ningbo: in the province, outside Hangzhou
const BEIJING_DONGCHENG = '110101';

type Ledger = ReturnType<typeof openEmbeddedStores> & { registry: RegistryService; importer: UnitImporter; dir: string };

let ledger: Ledger;
/** Each test draws fresh credit codes. */
let nextSeed = 10_000;
const newCode = (): string => makeCreditCode(nextSeed++, { region: XIHU });

function metadata(): CommandMetadata {
  return {
    actor: { id: 'admin-zj-1', role: 'NATIONAL_ADMIN' },
    occurredAt: '2024-03-01T08:00:00.000Z',
    correlationId: uuidv7(),
  };
}

beforeEach(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'aol-import-'));
  const stores = openEmbeddedStores(join(dir, 'ledger.sqlite'));
  const registry = new RegistryService(stores.eventStore);
  const importer = new UnitImporter(registry, (ids) => stores.readStore.getMany<UnitDoc>(UNITS, ids));
  ledger = { ...stores, registry, importer, dir };
  await registry.establishBureau({ regionCode: PROVINCE, name: '浙江省档案局' }, metadata());
  await registry.establishBureau({ regionCode: PREFECTURE, name: '杭州市档案局' }, metadata());
});

afterEach(async () => {
  await ledger.eventStore.close();
  await ledger.readStore.close();
  ledger.db.close();
  rmSync(ledger.dir, { recursive: true, force: true });
});

function importCsv(text: string, options: Partial<ImportRequest> = {}): Promise<ImportReport> {
  return ledger.importer.import({
    format: 'CSV',
    content: Buffer.from(text, 'utf8'),
    defaultBureauId: PROVINCE,
    importValidRows: false,
    metadata: metadata(),
    ...options,
  });
}

const head = (): Promise<number> => ledger.eventStore.headPosition();
const unit = (id: string): Promise<UnitDoc | null> => ledger.readStore.get<UnitDoc>(UNITS, id);
const csv = (...lines: string[]): string => `${lines.join('\n')}\n`;

/** The same code with another check character: a typo the GB 32100 check catches. */
function withWrongCheck(code: string): string {
  const wrong = [...CREDIT_CODE_CHARSET].find((c) => c !== code[17]) as string;
  return code.slice(0, 17) + wrong;
}

describe('bulk import of units from a bureau list', () => {
  it("lets a bureau's staff register units in their own bureau's scope only, row by row", async () => {
    const staff = { ...metadata(), actor: { id: 'staff-hz-1', role: 'BUREAU_STAFF' as const, bureauId: PREFECTURE } };
    const before = await head();
    const report = await importCsv(
      csv('unitId,name,category,regionCode,bureauId', `${newCode()},甲单位,机关,${XIHU},${PREFECTURE}`, `${newCode()},乙单位,机关,${XIHU},${PROVINCE}`),
      { metadata: staff },
    );
    expect(report.errors.map(({ line, field, reason }) => ({ line, field, reason }))).toEqual([{ line: 3, field: 'bureauId', reason: 'OUT_OF_SCOPE' }]);
    expect(report.applied).toBe(false);
    expect(await head()).toBe(before);
  });

  it('registers every row of a CSV with English headers, as the import actor, reporting progress', async () => {
    const [a, b, c] = [newCode(), newCode(), newCode()];
    const calls: [number, number][] = [];
    const report = await importCsv(
      csv(
        'unitId,name,category,class,regionCode,address',
        `${a},West Lake Archives Office,ORGAN,FIRST,${XIHU},1 Shuguang Road`,
        `${b},Hangzhou Tea Company,ENTERPRISE,,${XIHU},`,
        `${c},Zhejiang Museum,PUBLIC_INSTITUTION,SECOND,${NINGBO_HAISHU},`,
      ),
      { progress: (done, total) => calls.push([done, total]) },
    );

    expect(report).toEqual({ rows: 3, imported: 3, unchanged: 0, rejected: 0, errors: [], applied: true });
    expect(await unit(a)).toMatchObject({ name: 'West Lake Archives Office', category: 'ORGAN', unitClass: 'FIRST', regionCode: XIHU, bureauId: PROVINCE, address: '1 Shuguang Road', status: 'ACTIVE' });
    expect(await unit(b)).toMatchObject({ category: 'ENTERPRISE', unitClass: null, address: null });
    expect(await unit(c)).toMatchObject({ regionCode: NINGBO_HAISHU, unitClass: 'SECOND' });
    const [registered] = await ledger.eventStore.readStream(`unit-${a}`);
    expect(registered?.metadata.actor).toEqual({ id: 'admin-zj-1', role: 'NATIONAL_ADMIN' });
    expect(calls.at(-1)).toEqual([3, 3]);
  });

  it('reads a CSV with Chinese headers and category labels and a UTF-8 BOM', async () => {
    const [a, b, c] = [newCode(), newCode(), newCode()];
    const text =
      '\uFEFF' +
      csv(
        '统一社会信用代码,单位名称,单位类别,分类,行政区划代码,地址',
        `${a},杭州市西湖区档案馆,机关,一类,${XIHU},杭州市西湖区文三路1号`,
        `${b},杭州茶叶有限公司,企业,二类,${XIHU},`,
        `${c},浙江省博物馆,事业单位,,${NINGBO_HAISHU},"宁波市海曙区, 中山西路"`,
      );

    const report = await importCsv(text);

    expect(report).toMatchObject({ rows: 3, imported: 3, rejected: 0, applied: true });
    expect(await unit(a)).toMatchObject({ name: '杭州市西湖区档案馆', category: 'ORGAN', unitClass: 'FIRST', address: '杭州市西湖区文三路1号' });
    expect(await unit(b)).toMatchObject({ category: 'ENTERPRISE', unitClass: 'SECOND' });
    expect(await unit(c)).toMatchObject({ category: 'PUBLIC_INSTITUTION', unitClass: null, address: '宁波市海曙区, 中山西路' });
  });

  it('reads an XLSX workbook (region codes stored as numbers) and reports bad rows by their row number', async () => {
    const [a, b] = [newCode(), newCode()];
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('单位名录');
    sheet.addRow(['统一社会信用代码', '单位名称', '单位类别', '分类', '行政区划代码', '地址']);
    sheet.addRow([a, '西湖区档案局', '机关', '一类', Number(XIHU), '文三路']);
    sheet.addRow([b, '杭州电子科技公司', '企业', '三类', Number(XIHU), null]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());

    const report = await ledger.importer.import({ format: 'XLSX', content, defaultBureauId: PROVINCE, importValidRows: false, metadata: metadata() });
    expect(report).toMatchObject({ rows: 2, imported: 2, rejected: 0, applied: true });
    expect(await unit(a)).toMatchObject({ name: '西湖区档案局', category: 'ORGAN', unitClass: 'FIRST', regionCode: XIHU, address: '文三路' });
    expect(await unit(b)).toMatchObject({ category: 'ENTERPRISE', unitClass: 'THIRD', address: null });

    const bad = new ExcelJS.Workbook();
    const badSheet = bad.addWorksheet('单位名录');
    badSheet.addRow(['统一社会信用代码', '单位名称', '单位类别', '行政区划代码']);
    badSheet.addRow([newCode(), '甲单位', '机关', XIHU]);
    badSheet.addRow([withWrongCheck(newCode()), '乙单位', '机关', XIHU]);
    const badReport = await ledger.importer.import({
      format: 'XLSX',
      content: Buffer.from(await bad.xlsx.writeBuffer()),
      defaultBureauId: PROVINCE,
      importValidRows: false,
      metadata: metadata(),
    });
    expect(badReport.errors).toEqual([expect.objectContaining({ line: 3, field: 'unitId', reason: 'INVALID_CREDIT_CODE' })]);
  });

  describe('a file with bad rows', () => {
    const valid = [newCode(), newCode()];
    const duplicated = valid[0] as string;
    const rows = (): string =>
      csv(
        'unitId,name,category,regionCode,bureau',
        `${valid[0]},有效单位甲,机关,${XIHU},`, // line 2
        `${withWrongCheck(newCode())},校验位错误,机关,${XIHU},`, // line 3
        `${newCode()},区划不存在,机关,339999,`, // line 4
        `${newCode()},类别不明,协会,${XIHU},`, // line 5
        `${newCode()},,机关,${XIHU},`, // line 6
        `${duplicated},重复行,机关,${XIHU},`, // line 7
        `${newCode()},北京单位,机关,${BEIJING_DONGCHENG},`, // line 8: outside the province bureau
        `${newCode()},无此档案局,机关,${BEIJING_DONGCHENG},110000`, // line 9: Beijing has no bureau here
        `${valid[1]},有效单位乙,企业,${XIHU},${PREFECTURE}`, // line 10
      );
    const expectedErrors = [
      { line: 3, field: 'unitId', reason: 'INVALID_CREDIT_CODE' },
      { line: 4, field: 'regionCode', reason: 'UNKNOWN_REGION' },
      { line: 5, field: 'category', reason: 'INVALID_CATEGORY' },
      { line: 6, field: 'name', reason: 'REQUIRED' },
      { line: 7, field: 'unitId', reason: 'DUPLICATE_IN_FILE' },
      { line: 8, field: 'regionCode', reason: 'REGION_OUTSIDE_BUREAU' },
      { line: 9, field: 'bureauId', reason: 'UNKNOWN_BUREAU' },
    ];
    const summary = (report: ImportReport) => report.errors.map(({ line, field, reason }) => ({ line, field, reason }));

    it('reports every bad row with its line, field and reason, and writes nothing', async () => {
      const before = await head();

      const report = await importCsv(rows());

      expect(summary(report)).toEqual(expectedErrors);
      expect(report).toMatchObject({ rows: 9, imported: 0, rejected: 7, applied: false });
      expect(await head()).toBe(before);
      expect(await unit(valid[0] as string)).toBeNull();
    });

    it('with importValidRows, registers only the valid rows and still reports the bad ones', async () => {
      const before = await head();

      const report = await importCsv(rows(), { importValidRows: true });

      expect(summary(report)).toEqual(expectedErrors);
      expect(report).toMatchObject({ rows: 9, imported: 2, rejected: 7, applied: true });
      expect(await head()).toBe(before + 2);
      expect(await unit(valid[0] as string)).toMatchObject({ name: '有效单位甲', bureauId: PROVINCE });
      expect(await unit(valid[1] as string)).toMatchObject({ name: '有效单位乙', bureauId: PREFECTURE });
    });

    it('writes nothing when the only bad row breaks a rule that needs the bureau (region outside it)', async () => {
      const before = await head();
      const good = newCode();

      const report = await importCsv(
        csv('unitId,name,category,regionCode', `${good},有效单位,机关,${XIHU}`, `${newCode()},北京单位,机关,${BEIJING_DONGCHENG}`),
      );

      expect(summary(report)).toEqual([{ line: 3, field: 'regionCode', reason: 'REGION_OUTSIDE_BUREAU' }]);
      expect(report).toMatchObject({ imported: 0, rejected: 1, applied: false });
      expect(await head()).toBe(before);
      expect(await unit(good)).toBeNull();
    });

    it('a dry run reports the same errors, bureau rules included, and writes nothing', async () => {
      const before = await head();

      const report = await importCsv(rows(), { dryRun: true, importValidRows: true });

      expect(summary(report)).toEqual(expectedErrors);
      expect(report).toMatchObject({ rows: 9, imported: 0, rejected: 7, applied: false });
      expect(await head()).toBe(before);
    });

    it('reports a unit already registered with other details on its line', async () => {
      const code = newCode();
      await importCsv(csv('unitId,name,category,regionCode', `${code},原名称,机关,${XIHU}`));

      const report = await importCsv(csv('unitId,name,category,regionCode', `${code},新名称,机关,${XIHU}`));

      expect(summary(report)).toEqual([{ line: 2, field: 'unitId', reason: 'DUPLICATE_CREDIT_CODE' }]);
      expect(report).toMatchObject({ imported: 0, unchanged: 0, rejected: 1 });
      expect(await unit(code)).toMatchObject({ name: '原名称' });
    });
  });

  it('a re-import that changes a unit\'s class or address is not counted unchanged', async () => {
    const code = newCode();
    await importCsv(csv('unitId,name,category,class,regionCode,address', `${code},甲单位,机关,一类,${XIHU},旧地址`));

    const report = await importCsv(csv('unitId,name,category,class,regionCode,address', `${code},甲单位,机关,二类,${XIHU},新地址`));

    expect(report.unchanged).toBe(0);
    expect(report.errors.map(({ line, reason }) => ({ line, reason }))).toEqual([{ line: 2, reason: 'DUPLICATE_CREDIT_CODE' }]);
  });

  it('re-importing the same file registers nothing again: imported 0, unchanged N, no new events', async () => {
    const text = csv('unitId,name,category,regionCode', ...[1, 2, 3, 4].map((n) => `${newCode()},单位${n},机关,${XIHU}`));
    const first = await importCsv(text);
    expect(first).toMatchObject({ imported: 4, unchanged: 0 });
    const before = await head();

    const again = await importCsv(text);

    expect(again).toEqual({ rows: 4, imported: 0, unchanged: 4, rejected: 0, errors: [], applied: true });
    expect(await head()).toBe(before);
  });

  describe('CSV line numbers', () => {
    it('stay right after quoted fields that span several lines, and blank lines', async () => {
      const report = await importCsv(
        csv(
          'unitId,name,category,regionCode,address',
          `${newCode()},甲单位,机关,${XIHU},"文三路1号`, // line 2
          `3号楼"`, // line 3
          '', // line 4
          `${withWrongCheck(newCode())},乙单位,机关,${XIHU},`, // line 5
          `${newCode()},丙单位,机关,${XIHU},"多行`, // line 6
          '地址', // line 7
          `再一行"`, // line 8
          `${newCode()},丁单位,机关,339999,`, // line 9
        ),
      );
      expect(report.errors.map((e) => [e.line, e.field])).toEqual([
        [5, 'unitId'],
        [9, 'regionCode'],
      ]);
    });

    it('give a multi-line row the line it starts on', async () => {
      const report = await importCsv(
        csv('unitId,name,category,regionCode,address', `${newCode()},甲单位,协会,${XIHU},"文三路1号`, `3号楼"`),
      );
      expect(report.errors.map((e) => [e.line, e.field])).toEqual([[2, 'category']]);
    });

    it('stay right in a Windows (CRLF) file whose quoted fields hold line breaks', async () => {
      const text = [
        'unitId,name,category,regionCode,address',
        `${newCode()},甲单位,机关,${XIHU},"文三路1号`, // line 2
        `3号楼"`, // line 3
        `${newCode()},乙单位,机关,339999,`, // line 4
      ].join('\r\n');
      const report = await importCsv(`${text}\r\n`);
      expect(report.errors.map((e) => [e.line, e.field])).toEqual([[4, 'regionCode']]);
    });
  });

  describe('a file without the required columns', () => {
    it('is refused as a whole with BAD_USER_INPUT MISSING_COLUMNS', async () => {
      const before = await head();
      await expect(importCsv(csv('名称,地址', '甲单位,文三路'))).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'MISSING_COLUMNS',
      });
      expect(await head()).toBe(before);
    });

    it('is refused when it has the code and name but no category or region column', async () => {
      await expect(importCsv(csv('unitId,name', `${newCode()},甲单位`))).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'MISSING_COLUMNS',
      });
    });
  });
});

describe('rebuild', () => {
  /** Every read-model collection of every projection, in _id order, and the checkpoints. */
  async function dumpReadModels(): Promise<Record<string, Doc[] | number>> {
    const dump: Record<string, Doc[] | number> = {};
    for (const projection of ledger.runner.projections) {
      for (const collection of projection.collections) dump[collection.name] = await ledger.readStore.find(collection.name, {});
      dump[`checkpoint:${projection.name}`] = ledger.readStore.getCheckpoint(projection.name);
    }
    return dump;
  }

  it('rebuild gives the same read models as incremental application', async () => {
    const codes = Array.from({ length: 6 }, newCode);
    await importCsv(
      csv('统一社会信用代码,单位名称,单位类别,分类,行政区划代码', ...codes.map((code, i) => `${code},单位${i},机关,一类,${i % 2 ? XIHU : NINGBO_HAISHU}`)),
    );
    const [a, b, c, d, e] = codes as [string, string, string, string, string];
    const meta = metadata();
    await ledger.registry.execute({ type: 'AmendUnitDetails', data: { unitId: b, name: '更名单位', address: '新地址', reason: '更名' } }, meta);
    await ledger.registry.execute({ type: 'ClassifyUnit', data: { unitId: b, unitClass: 'SECOND', reason: null } }, meta);
    await ledger.registry.execute({ type: 'TransferUnit', data: { unitId: b, toBureauId: PREFECTURE, reason: '属地管理' } }, meta);
    await ledger.registry.execute({ type: 'AmendUnitDetails', data: { unitId: a, regionCode: '330205', reason: '迁址' } }, meta);
    await ledger.registry.execute({ type: 'DeregisterUnit', data: { unitId: c, reason: 'MERGED', mergedInto: d, note: null } }, meta);
    await ledger.registry.execute({ type: 'AssignArchivist', data: { unitId: d, archivistId: 'arch-1', name: '王档案', partTime: true, duties: null } }, meta);
    await ledger.registry.execute({ type: 'ReleaseArchivist', data: { unitId: d, archivistId: 'arch-1', reason: null } }, meta);
    await ledger.registry.execute({ type: 'DeregisterUnit', data: { unitId: e, reason: 'DISSOLVED', mergedInto: null, note: '注销' } }, meta);
    const incremental = await dumpReadModels();
    const events = await head();
    expect((incremental.units as Doc[]).length).toBe(6);

    const progress: number[] = [];
    const replayed = await ledger.runner.rebuild(ledger.eventStore, (done) => progress.push(done), 5);

    expect(replayed).toBe(events);
    expect(progress.at(-1)).toBe(events);
    expect(await dumpReadModels()).toEqual(incremental);
  });
});

describe('progress reporter', () => {
  it('writes a plain line every 10 % and a summary when the output is not a terminal', () => {
    const lines: string[] = [];
    let t = 0;
    const progress = createProgress('import', { out: { write: (s: string) => lines.push(s) }, tty: false, now: () => t, unit: 'units' });
    for (let done = 1; done <= 100; done++) {
      t += 10;
      progress.update(done, 100);
    }
    progress.finish();
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe('import 10/100 units 10% 100/s ETA 1s\n');
    expect(lines[10]).toBe('import: 100 units in 1.0 s (100/s)\n');
  });
});
