import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { print } from 'graphql';
import { runRestore } from '../../src/cli/restore';
import { runBackup, type CliIo } from '../../src/cli/backup';
import { makeCreditCode } from '../../src/domain/shared/credit-code';
import { EstablishBureauDocument, RegisterUnitDocument } from '../support/generated/operations';
import { BUILD_DIR, buildServerOnce, ChildServer } from '../support/child-server';
import { ADMIN, clerkOf } from '../support/test-server';

jest.setTimeout(240_000);

const run = promisify(execFile);
const REGISTER = print(RegisterUnitDocument);
const CLERK = clerkOf('330106');

function captureIo(env: NodeJS.ProcessEnv, cwd: string): CliIo & { output: () => string } {
  let text = '';
  return { out: (t) => (text += t), err: (t) => (text += t), cwd, env, output: () => text };
}

type EventRow = Record<string, unknown>;
function events(file: string): EventRow[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT * FROM events ORDER BY position').all() as EventRow[];
  } finally {
    db.close();
  }
}

async function head(server: ChildServer): Promise<number> {
  const response = await fetch(server.url.replace('/graphql', '/readyz'));
  return ((await response.json()) as { head: number }).head;
}

let work: string;
let dataDir: string;
let server: ChildServer;
let seed = 81_000;

beforeAll(async () => {
  await buildServerOnce();
  work = mkdtempSync(path.join(os.tmpdir(), 'aol-backup-'));
  dataDir = path.join(work, 'data');
  server = await ChildServer.start(dataDir);
  await server.graphql(print(EstablishBureauDocument), { input: { regionCode: '330106', name: '杭州市西湖区档案局' } }, ADMIN);
  // A first signed checkpoint, so that the restored ledger has a signed root to be verified against.
  for (let i = 0; i < 50; i++) await server.graphql(REGISTER, registration(makeCreditCode(seed++)), CLERK);
  expect((await server.graphql('mutation { publishLedgerCheckpoint { treeSize } }', {}, ADMIN)).body.errors).toBeUndefined();
});
afterAll(async () => {
  await server.stop();
  rmSync(work, { recursive: true, force: true });
});

function registration(unitId: string) {
  return { input: { unitId, name: '某某科技有限公司', category: 'ENTERPRISE', regionCode: '330106', bureauId: '330106', occurredAt: '2025-03-01T09:00:00.000Z' } };
}

describe('online backup and restore of the embedded store', () => {
  it('backs up a consistent snapshot while the server writes, and restores every event of it, verified', async () => {
    let writing = true;
    const writers = Array.from({ length: 4 }, async () => {
      while (writing) {
        const { body } = await server.graphql(REGISTER, registration(makeCreditCode(seed++)), CLERK);
        expect(body.errors).toBeUndefined();
      }
    });
    await new Promise((r) => setTimeout(r, 300));
    const before = await head(server);
    const backupFile = path.join(work, 'backup-1.aolbak');
    // `npm run backup -- FILE` as the lead wires it: the built CLI, in a process of its own, beside the server.
    const { stdout } = await run(process.execPath, [path.join(BUILD_DIR, 'src/cli/backup.js'), 'backup-1.aolbak'], {
      env: { PATH: process.env.PATH, DATA_DIR: dataDir, INIT_CWD: work },
    });
    const after = await head(server);
    await new Promise((r) => setTimeout(r, 200));
    writing = false;
    await Promise.all(writers);

    expect(stdout).toMatch(/^Backed up [\d,]+ events/);
    expect(statSync(backupFile).mode & 0o777).toBe(0o600);
    const manifest = JSON.parse(new Database(backupFile, { readonly: true }).prepare('SELECT manifest FROM aol_backup_manifest').pluck().get() as string) as {
      events: number;
      keyFiles: string[];
    };
    // A snapshot taken while writes went on: at least what was there before, at most what was there after.
    expect(manifest.events).toBeGreaterThanOrEqual(before);
    expect(manifest.events).toBeLessThanOrEqual(after);
    // Tokens use AUTH_JWT_SECRET here: no auth key file; the master key of the personal-data keys goes with the data.
    expect(manifest.keyFiles).toEqual(['ledger-signing-key.pem', 'master-key']);

    const restoredDir = path.join(work, 'restored');
    const io = captureIo({ DATA_DIR: restoredDir }, work);
    expect(await runRestore(['backup-1.aolbak'], io)).toBe(0);
    expect(io.output()).toMatch(/VERIFIED: [\d,]+ events against [\d,]+ sealed leaves and [1-9]\d* checkpoints/);

    // Every event of the snapshot, column for column; the live store only went on past it.
    const restored = events(path.join(restoredDir, 'ledger.sqlite'));
    const live = events(path.join(dataDir, 'ledger.sqlite'));
    expect(restored.length).toBe(manifest.events);
    expect(live.length).toBeGreaterThan(manifest.events);
    expect(restored).toEqual(live.slice(0, manifest.events));
    expect(readFileSync(path.join(restoredDir, 'ledger-signing-key.pem'))).toEqual(readFileSync(path.join(dataDir, 'ledger-signing-key.pem')));
    expect(statSync(path.join(restoredDir, 'ledger-signing-key.pem')).mode & 0o777).toBe(0o600);

    // The restored folder is a working store: a server starts on it and serves what the snapshot held.
    const second = await ChildServer.start(restoredDir);
    try {
      expect(await head(second)).toBe(manifest.events);
      const units = await second.graphql('{ units(filter: { bureauId: "330106" }, first: 1) { totalCount } }', {}, ADMIN);
      expect(units.body.errors).toBeUndefined();
      const registered = restored.filter((e) => e.type === 'UnitRegistered').length;
      expect(units.body.data.units.totalCount).toBe(registered);
    } finally {
      expect(await second.stop()).toEqual({ code: 0, signal: null });
    }
  });

  it('refuses to restore over a store in use, and over an existing store without --force', async () => {
    const backupFile = path.join(work, 'backup-2.aolbak');
    const io = captureIo({ DATA_DIR: dataDir }, work);
    expect(await runBackup([backupFile], io)).toBe(0);

    const inUse = captureIo({ DATA_DIR: dataDir }, work);
    expect(await runRestore([backupFile, '--force'], inUse)).toBe(1);
    expect(inUse.output()).toContain('DATA_DIR_IN_USE');

    const stoppedDir = path.join(work, 'stopped');
    expect(await runRestore([backupFile], captureIo({ DATA_DIR: stoppedDir }, work))).toBe(0);
    const exists = captureIo({ DATA_DIR: stoppedDir }, work);
    expect(await runRestore([backupFile], exists)).toBe(1);
    expect(exists.output()).toContain('DATA_DIR_NOT_EMPTY');
    expect(await runRestore([backupFile, '--force'], captureIo({ DATA_DIR: stoppedDir }, work))).toBe(0);
  });

  it('never overwrites a backup file, and refuses a file that is not a backup or is damaged', async () => {
    const backupFile = path.join(work, 'backup-3.aolbak');
    expect(await runBackup([backupFile], captureIo({ DATA_DIR: dataDir }, work))).toBe(0);
    const again = captureIo({ DATA_DIR: dataDir }, work);
    expect(await runBackup([backupFile], again)).toBe(1);
    expect(again.output()).toContain('TARGET_EXISTS');

    const notABackup = path.join(work, 'not-a-backup');
    writeFileSync(notABackup, 'hello');
    const refused = captureIo({ DATA_DIR: path.join(work, 'nowhere') }, work);
    expect(await runRestore([notABackup], refused)).toBe(1);
    expect(refused.output()).toContain('NOT_A_BACKUP');
    expect(existsSync(path.join(work, 'nowhere', 'ledger.sqlite'))).toBe(false);

    // An event removed from the copy: the manifest's count no longer holds (the events table refuses DELETE, so
    // the damage is done the way an attacker would, by dropping the trigger first).
    const damaged = path.join(work, 'damaged.aolbak');
    const db = new Database(backupFile);
    db.exec('DROP TRIGGER events_refuse_delete; DELETE FROM events WHERE position = 3');
    db.close();
    writeFileSync(damaged, readFileSync(backupFile));
    const damagedIo = captureIo({ DATA_DIR: path.join(work, 'nowhere-2') }, work);
    expect(await runRestore([damaged], damagedIo)).toBe(1);
    expect(damagedIo.output()).toContain('BACKUP_DAMAGED');

    expect(await runBackup([], captureIo({ DATA_DIR: dataDir }, work))).toBe(2);
  });
});
