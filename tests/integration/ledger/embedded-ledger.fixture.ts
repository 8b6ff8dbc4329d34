import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_PROJECTIONS } from '../../../projections';
import { ProjectionRunner } from '../../../projections/runner';
import type { CommandMetadata } from '../../../src/application/command-handler';
import { RegistryService } from '../../../src/application/registry.service';
import { makeCreditCode } from '../../../src/domain/shared/credit-code';
import { uuidv7 } from '../../../src/domain/shared/uuid';
import { SqliteEventStore } from '../../../src/eventstore/sqlite/sqlite-event-store';
import { openSqliteLedger, type Ledger } from '../../../src/ledger';
import { SqliteReadStore } from '../../../src/readstore/sqlite/sqlite-read-store';

/**
 * The embedded composition as openEmbeddedStores builds it — one SQLite file, one handle, the inline hook running
 * the projections and then the sealer in the append's transaction — on a temporary folder of its own.
 */
export interface EmbeddedLedger {
  dir: string;
  file: string;
  db: Database.Database;
  eventStore: SqliteEventStore;
  readStore: SqliteReadStore;
  runner: ProjectionRunner;
  ledger: Ledger;
  registry: RegistryService;
  close(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Reuse a folder (reopen the same file); default: a new temporary one. */
  dir?: string;
  /** Wire the sealer into the hook (default); false composes the app as it was before the ledger existed. */
  seal?: boolean;
  now?: () => Date;
}

export function openEmbedded(options: EmbeddedOptions = {}): EmbeddedLedger {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'aol-ledger-'));
  const file = join(dir, 'ledger.sqlite');
  const db = new Database(file);
  const eventStore = new SqliteEventStore(db);
  const readStore = new SqliteReadStore(db);
  const runner = new ProjectionRunner(readStore, ALL_PROJECTIONS);
  const ledger = openSqliteLedger(db, { signingKey: { kind: 'generated', dataDir: dir }, ...(options.now && { now: options.now }) });
  eventStore.setInlineHook((events) => {
    runner.apply(events);
    if (options.seal !== false) ledger.sealInline(events);
  });
  const registry = new RegistryService(eventStore);
  return {
    dir,
    file,
    db,
    eventStore,
    readStore,
    runner,
    ledger,
    registry,
    close: async () => {
      await ledger.stopPublishing();
      await eventStore.close();
      await readStore.close();
      db.close();
    },
  };
}

export function removeFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export const SYSTEM_ACT = (): CommandMetadata => ({
  actor: { id: 'ledger-test', role: 'SYSTEM' },
  occurredAt: '2025-03-01T09:00:00.000Z',
  correlationId: uuidv7(),
});

export const XIHU = '330106';
export const BINJIANG = '330108';
export const HANGZHOU = '330100';

let seed = 50_000 + Math.floor(Math.random() * 1000) * 100;
export const newUnitId = (region = XIHU): string => makeCreditCode(seed++, { region });

/** Establishes Hangzhou and two of its districts, registers units in each and acts on them: a realistic log. */
export async function seedRegistry(app: EmbeddedLedger): Promise<{ xihuUnits: string[]; binjiangUnits: string[] }> {
  const { registry } = app;
  for (const [regionCode, name] of [
    [HANGZHOU, '杭州市档案局'],
    [XIHU, '西湖区档案局'],
    [BINJIANG, '滨江区档案局'],
  ] as const) {
    await registry.establishBureau({ regionCode, name }, SYSTEM_ACT());
  }
  const register = async (region: string): Promise<string> => {
    const unitId = newUnitId(region);
    await registry.execute(
      {
        type: 'RegisterUnit',
        data: { unitId, name: `单位 ${unitId}`, category: 'ENTERPRISE', unitClass: null, regionCode: region, bureauId: region, address: null, checkOverrideReason: null },
      },
      SYSTEM_ACT(),
    );
    return unitId;
  };
  const xihuUnits = [await register(XIHU), await register(XIHU), await register(XIHU)];
  const binjiangUnits = [await register(BINJIANG), await register(BINJIANG)];
  await registry.execute({ type: 'ClassifyUnit', data: { unitId: xihuUnits[0] as string, unitClass: 'FIRST', reason: '重点单位' } }, SYSTEM_ACT());
  await registry.execute({ type: 'TransferUnit', data: { unitId: xihuUnits[1] as string, toBureauId: HANGZHOU, reason: '升级管理' } }, SYSTEM_ACT());
  await registry.execute({ type: 'ClassifyUnit', data: { unitId: binjiangUnits[0] as string, unitClass: 'SECOND', reason: null } }, SYSTEM_ACT());
  return { xihuUnits, binjiangUnits };
}
