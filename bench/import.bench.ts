import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UNITS, type UnitDoc } from '../projections/units/units.projection';
import type { CommandMetadata } from '../src/application/command-handler';
import { RegistryService } from '../src/application/registry.service';
import { UnitImporter, type ImportReport } from '../src/application/unit-import';
import { parseUnitList } from '../src/application/unit-import.parse';
import { createPhasedProgress, createProgress } from '../src/cli/progress';
import { UNIT_CATEGORIES, UNIT_CLASSES } from '../src/domain/registry/registry.events';
import { makeCreditCode } from '../src/domain/shared/credit-code';
import { childrenOf, type Region } from '../src/domain/shared/region';
import { uuidv7 } from '../src/domain/shared/uuid';
import { openEmbeddedStores } from '../src/main';

/** The aim for the bulk import. */
const TARGET_UNITS_PER_SECOND = 10_000;
const PROVINCE = '330000';

/**
 * Bulk import of `count` generated units into a fresh embedded store (temp file, the app's durable settings), as
 * the CLI runs it: one province bureau, units spread over its county-level regions. Then the same file again
 * (every row unchanged), then a rebuild of the read models from the log that the import wrote.
 */
export async function benchImport(report: (line: string) => void, count = 100_000): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'aol-bench-import-'));
  const stores = openEmbeddedStores(join(dir, 'ledger.sqlite'));
  try {
    const registry = new RegistryService(stores.eventStore);
    const importer = new UnitImporter(registry, (ids) => stores.readStore.getMany<UnitDoc>(UNITS, ids));
    await registry.establishBureau({ regionCode: PROVINCE, name: '浙江省档案局' }, metadata());
    const counties = countiesOf(PROVINCE);
    const content = Buffer.from(unitList(count, counties), 'utf8');
    report(`import: ${count.toLocaleString('en-US')} units over ${counties.length} county-level regions of ${PROVINCE}, CSV of ${(content.length / 1e6).toFixed(1)} MB, temp file in ${dir}`);

    const parseStarted = performance.now();
    await parseUnitList('CSV', content);
    report(`  CSV parse alone:               ${rate(count, performance.now() - parseStarted)} rows/s`);

    const first = await timedImport(importer, content, 'import');
    check(first.report, { imported: count, unchanged: 0 });
    const verdict = first.perSecond >= TARGET_UNITS_PER_SECOND ? 'meets' : 'BELOW';
    report(`  first import:                  ${fmt(first.perSecond)} units/s (${first.seconds.toFixed(1)} s; ${verdict} the ${fmt(TARGET_UNITS_PER_SECOND)}/s aim)`);

    const head = await stores.eventStore.headPosition();
    const again = await timedImport(importer, content, 're-import');
    check(again.report, { imported: 0, unchanged: count });
    if ((await stores.eventStore.headPosition()) !== head) throw new Error('the re-import appended events');
    report(`  re-import (all unchanged):     ${fmt(again.perSecond)} rows/s (${again.seconds.toFixed(1)} s, no events written)`);

    const progress = createProgress('rebuild', { unit: 'events' });
    const replayed = await stores.runner.rebuild(stores.eventStore, progress.update);
    const seconds = progress.finish();
    report(`  rebuild of the read models:    ${fmt(replayed / seconds)} events/s (${replayed.toLocaleString('en-US')} events, ${seconds.toFixed(1)} s)`);
  } finally {
    await stores.eventStore.close();
    await stores.readStore.close();
    stores.db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function timedImport(importer: UnitImporter, content: Buffer, label: string) {
  const progress = createPhasedProgress(label, { unit: 'rows' });
  const started = performance.now();
  const result = await importer.import({
    format: 'CSV',
    content,
    defaultBureauId: PROVINCE,
    importValidRows: false,
    metadata: metadata(),
    progress: progress.update,
  });
  const ms = performance.now() - started;
  progress.finish(`${fmt(result.rows)} rows read, ${fmt(result.unchanged)} unchanged`);
  return { report: result, seconds: ms / 1000, perSecond: result.rows / (ms / 1000) };
}

/** Region codes where units sit: the county level, or a prefecture without counties. */
function countiesOf(province: string): string[] {
  const leaves = (region: Region): Region[] => {
    const children = childrenOf(region.code);
    return children.length === 0 ? [region] : children.flatMap(leaves);
  };
  return childrenOf(province).flatMap(leaves).map((r) => r.code);
}

function unitList(count: number, regions: readonly string[]): string {
  const lines = ['统一社会信用代码,单位名称,单位类别,分类,行政区划代码,地址'];
  for (let i = 0; i < count; i++) {
    const region = regions[i % regions.length] as string;
    const category = UNIT_CATEGORIES[i % UNIT_CATEGORIES.length] as string;
    const unitClass = UNIT_CLASSES[i % UNIT_CLASSES.length] as string;
    lines.push(`${makeCreditCode(i, { region })},测试单位${i},${category},${unitClass},${region},测试路${i}号`);
  }
  return `${lines.join('\n')}\n`;
}

function check(result: ImportReport, expected: { imported: number; unchanged: number }): void {
  if (result.rejected > 0 || result.imported !== expected.imported || result.unchanged !== expected.unchanged) {
    const first = result.errors[0];
    const error = first ? `; first error line ${first.line} ${first.field} ${first.reason}: ${first.message}` : '';
    throw new Error(`unexpected import report: imported ${result.imported}, unchanged ${result.unchanged}, rejected ${result.rejected}${error}`);
  }
}

function metadata(): CommandMetadata {
  return { actor: { id: 'bench-import', role: 'SYSTEM' }, occurredAt: new Date().toISOString(), correlationId: uuidv7() };
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const rate = (n: number, ms: number): string => fmt(n / (ms / 1000));
