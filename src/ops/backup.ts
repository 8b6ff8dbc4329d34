import { chmodSync, closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SqliteLedgerStore, SqliteLogReader, verifyStore, type StoreVerdict } from '../ledger';
import { GENERATED_KEY_FILE } from '../ledger/signing-key';

/**
 * Online backup and restore of the embedded store.
 *
 * What makes up the embedded data: DATA_DIR/ledger.sqlite (the log, the read models and the audit trail's tree and
 * checkpoints, all in one file, with its -wal and -shm while open), and the keys the embedded mode generates there
 * when none is configured: auth-signing-key.pem (tokens) and ledger-signing-key.pem (checkpoints). A backup is ONE
 * file: a consistent copy of the database (VACUUM INTO reads one snapshot, so the server keeps writing meanwhile and
 * nothing torn gets in) with two tables added, the manifest and the key files. Without the keys a restored store
 * still works (new keys are made), but tokens already issued stop verifying and checkpoints change key; with them,
 * the backup is as secret as the keys: it is written mode 0600.
 */
export const BACKUP_FORMAT = 'aol-embedded-backup/v1';
export const KEY_FILES = ['auth-signing-key.pem', GENERATED_KEY_FILE, 'master-key'] as const;
/**
 * The personal-data key store (src/privacy) is backed up apart, into `<backup>.keys`: the main backup holds the
 * encrypted fields and the master key, the key file the wrapped per-person keys; neither alone reveals a name. On
 * restore, the server replays every erasure in the log onto the restored key store at start-up, so an old key backup
 * never brings an erased person back.
 */
export const KEY_STORE_FILE = 'keys.sqlite';
export const keyStoreBackupOf = (backupFile: string): string => `${backupFile}.keys`;
const MANIFEST = 'aol_backup_manifest';
const FILES = 'aol_backup_files';

/** A refusal with a stable code: the CLI prints the message and exits 1. */
export class BackupError extends Error {
  constructor(
    readonly code: 'NO_STORE' | 'TARGET_EXISTS' | 'NOT_A_BACKUP' | 'BACKUP_DAMAGED' | 'DATA_DIR_IN_USE' | 'DATA_DIR_NOT_EMPTY' | 'KEY_DIFFERS' | 'RESTORED_STORE_INVALID',
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

export interface BackupManifest {
  format: string;
  createdAt: string;
  /** Events in the copy (its head position: positions are gap-free). */
  events: number;
  /** The audit trail's size in the copy. */
  sealed: number;
  keyFiles: string[];
}

export interface BackupOptions {
  /** Leave the generated key files out (then keep them some other way, or accept new keys on restore). */
  withoutKeys?: boolean;
  now?: () => Date;
}

/** Writes a consistent copy of the store in `dataDir` to `target` (which must not exist), while the server may run. */
export function backupEmbeddedStore(sqliteFile: string, target: string, options: BackupOptions = {}): BackupManifest & { bytes: number } {
  if (!existsSync(sqliteFile)) throw new BackupError('NO_STORE', `no store at ${sqliteFile} (set DATA_DIR to the server's folder)`);
  if (existsSync(target)) throw new BackupError('TARGET_EXISTS', `${target} exists: a backup never overwrites a file`);
  const partial = `${target}.partial-${process.pid}`;
  rmSync(partial, { force: true });
  const source = new Database(sqliteFile, { readonly: true, fileMustExist: true });
  try {
    source.pragma('busy_timeout = 10000');
    // One read transaction: the snapshot of the last commit before it began, whatever the server writes meanwhile.
    source.prepare('VACUUM INTO ?').run(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    source.close();
  }
  try {
    const copy = new Database(partial);
    try {
      // A self-contained file: no write-ahead log beside it.
      copy.pragma('journal_mode = DELETE');
      copy.pragma('synchronous = FULL');
      const dataDir = path.dirname(sqliteFile);
      const keyFiles = options.withoutKeys ? [] : KEY_FILES.filter((name) => existsSync(path.join(dataDir, name)));
      const manifest: BackupManifest = {
        format: BACKUP_FORMAT,
        createdAt: (options.now ?? (() => new Date()))().toISOString(),
        events: headOf(copy),
        sealed: sealedOf(copy),
        keyFiles,
      };
      copy.exec(`CREATE TABLE ${MANIFEST} (manifest TEXT NOT NULL); CREATE TABLE ${FILES} (name TEXT PRIMARY KEY, content BLOB NOT NULL)`);
      copy.transaction(() => {
        copy.prepare(`INSERT INTO ${MANIFEST} (manifest) VALUES (?)`).run(JSON.stringify(manifest));
        for (const name of keyFiles) copy.prepare(`INSERT INTO ${FILES} (name, content) VALUES (?, ?)`).run(name, readFileSync(path.join(dataDir, name)));
      })();
      copy.close();
      chmodSync(partial, 0o600);
      fsyncFile(partial);
      backupKeyStore(dataDir, keyStoreBackupOf(target));
      renameSync(partial, target);
      fsyncFile(path.dirname(target));
      return { ...manifest, bytes: statSync(target).size };
    } finally {
      if (copy.open) copy.close();
    }
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

export interface RestoreOptions {
  /** Replace a store that is there (never one in use). */
  force?: boolean;
}

export interface RestoreResult {
  manifest: BackupManifest;
  verdict: StoreVerdict;
  keysRestored: string[];
}

/**
 * Restores a backup into `sqliteFile`'s folder: checks the backup (its manifest, SQLite's integrity check, the log
 * against its sealed tree), refuses a store in use (always) or present (without `force`), puts the file in place
 * atomically (written beside, then renamed), writes the key files, and verifies the restored store again.
 */
export async function restoreEmbeddedStore(backupFile: string, sqliteFile: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  const manifest = await checkBackup(backupFile);
  const dataDir = path.dirname(sqliteFile);
  mkdirSync(dataDir, { recursive: true });
  if (existsSync(sqliteFile)) {
    if (inUse(sqliteFile)) throw new BackupError('DATA_DIR_IN_USE', `${sqliteFile} is in use (a server runs on it): stop it first`);
    if (!options.force) throw new BackupError('DATA_DIR_NOT_EMPTY', `${sqliteFile} exists: restore into an empty DATA_DIR, or pass --force to replace it`);
  }
  const keys = readKeys(backupFile);
  for (const [name, content] of keys) {
    const existing = path.join(dataDir, name);
    if (existsSync(existing) && !readFileSync(existing).equals(content) && !options.force) {
      throw new BackupError('KEY_DIFFERS', `${existing} differs from the backup's: pass --force to replace it`);
    }
  }

  const partial = `${sqliteFile}.restoring-${process.pid}`;
  rmSync(partial, { force: true });
  try {
    copyFileSync(backupFile, partial);
    const db = new Database(partial);
    try {
      db.exec(`DROP TABLE ${MANIFEST}; DROP TABLE ${FILES}`);
      db.pragma('journal_mode = WAL');
    } finally {
      db.close();
    }
    chmodSync(partial, 0o600);
    fsyncFile(partial);
    // The old file's log and index must not be applied to the new file.
    rmSync(`${sqliteFile}-wal`, { force: true });
    rmSync(`${sqliteFile}-shm`, { force: true });
    renameSync(partial, sqliteFile);
    for (const [name, content] of keys) writeFileSync(path.join(dataDir, name), content, { mode: 0o600 });
    const keyStoreBackup = keyStoreBackupOf(backupFile);
    if (existsSync(keyStoreBackup)) {
      copyFileSync(keyStoreBackup, path.join(dataDir, KEY_STORE_FILE));
      chmodSync(path.join(dataDir, KEY_STORE_FILE), 0o600);
    }
    fsyncFile(dataDir);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }

  const verdict = await verifyFile(sqliteFile);
  if (!verdict.ok || verdict.logHead !== manifest.events) {
    throw new BackupError('RESTORED_STORE_INVALID', `the restored store does not verify (${verdict.logHead} events, ${verdict.problemCount} problems)`);
  }
  return { manifest, verdict, keysRestored: keys.map(([name]) => name) };
}

/** A consistent copy of the key store, if the data folder has one (mode 0600; an existing copy is replaced). */
function backupKeyStore(dataDir: string, target: string): void {
  const file = path.join(dataDir, KEY_STORE_FILE);
  if (!existsSync(file)) return;
  const partial = `${target}.partial-${process.pid}`;
  rmSync(partial, { force: true });
  const source = new Database(file, { readonly: true, fileMustExist: true });
  try {
    source.pragma('busy_timeout = 10000');
    source.prepare('VACUUM INTO ?').run(partial);
  } finally {
    source.close();
  }
  chmodSync(partial, 0o600);
  fsyncFile(partial);
  renameSync(partial, target);
}

/** The manifest of a backup that is whole: SQLite's check passes and the log matches its count and sealed tree. */
export async function checkBackup(backupFile: string): Promise<BackupManifest> {
  if (!existsSync(backupFile)) throw new BackupError('NOT_A_BACKUP', `${backupFile}: no such file`);
  let db: Database.Database;
  try {
    db = new Database(backupFile, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupError('NOT_A_BACKUP', `${backupFile} is not a backup (${(error as Error).message})`);
  }
  try {
    let manifest: BackupManifest;
    try {
      manifest = JSON.parse(db.prepare(`SELECT manifest FROM ${MANIFEST}`).pluck().get() as string) as BackupManifest;
    } catch {
      throw new BackupError('NOT_A_BACKUP', `${backupFile} is not a backup of this store (no manifest)`);
    }
    if (manifest.format !== BACKUP_FORMAT) throw new BackupError('NOT_A_BACKUP', `${backupFile}: unknown format ${manifest.format}`);
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new BackupError('BACKUP_DAMAGED', `${backupFile} is damaged: ${String(integrity)}`);
    const { count, head } = db.prepare('SELECT count(*) AS count, COALESCE(max(position), 0) AS head FROM events').get() as { count: number; head: number };
    if (count !== manifest.events || head !== manifest.events) {
      throw new BackupError('BACKUP_DAMAGED', `${backupFile} holds ${count} events up to position ${head}, its manifest says ${manifest.events}`);
    }
    return manifest;
  } finally {
    db.close();
  }
}

/** The embedded store's own verification (README "Offline verification"), read-only. */
export async function verifyFile(sqliteFile: string): Promise<StoreVerdict> {
  const db = new Database(sqliteFile, { readonly: true, fileMustExist: true });
  try {
    return await verifyStore(new SqliteLogReader(db), new SqliteLedgerStore(db, { createSchema: false }));
  } finally {
    db.close();
  }
}

/**
 * Whether another connection has the file open: leaving WAL mode needs the only connection, and fails at once
 * (busy_timeout 0) while a server holds it, even idle. When it succeeds, WAL is set back before anything else.
 */
function inUse(sqliteFile: string): boolean {
  const db = new Database(sqliteFile, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 0');
    try {
      db.pragma('journal_mode = DELETE');
    } catch (error) {
      if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) return true;
      throw error;
    }
    db.pragma('journal_mode = WAL');
    return false;
  } finally {
    db.close();
  }
}

function readKeys(backupFile: string): [string, Buffer][] {
  const db = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare(`SELECT name, content FROM ${FILES} ORDER BY name`).all() as { name: string; content: Buffer }[];
    // Only the names a backup writes: a crafted file must not place files elsewhere.
    return rows.filter((r) => (KEY_FILES as readonly string[]).includes(r.name)).map((r) => [r.name, r.content]);
  } finally {
    db.close();
  }
}

function headOf(db: Database.Database): number {
  return db.prepare('SELECT COALESCE(max(position), 0) FROM events').pluck().get() as number;
}

function sealedOf(db: Database.Database): number {
  try {
    return db.prepare('SELECT count(*) FROM ledger_leaves').pluck().get() as number;
  } catch {
    return 0;
  }
}

function fsyncFile(file: string): void {
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
