import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import Database from 'better-sqlite3';
import { parse, print } from 'graphql';
import { mintToken } from '../../src/auth/tokens';
import { runVerify } from '../../src/cli/verify';
import { loadConfig, type Config } from '../../src/config';
import { makeCreditCode } from '../../src/domain/shared/credit-code';
import { SqliteLedgerStore, SqliteLogReader, verifyStore } from '../../src/ledger';
import { verifyConsistency, verifyInclusion } from '../../src/ledger/merkle';
import { startApp, type RunningApp } from '../../src/main';
import { caseInput, guidanceInput, inspectionInput, trainingInput } from '../support/access-matrix-fixture';
import {
  AssignArchivistDocument,
  EstablishBureauDocument,
  HoldTrainingDocument,
  InspectionDocument,
  OpenViolationCaseDocument,
  ProvideGuidanceDocument,
  RecordInspectionDocument,
  RegisterUnitDocument,
  UnitDocument,
  UnitHistoryDocument,
} from '../support/generated/operations';
import { ADMIN, clerkOf, type As, type GraphQLResponse } from '../support/test-server';

/**
 * Personal data in the immutable log (issue 10): stored encrypted, read decrypted, erased by destroying keys. After
 * an erasure the plaintext is in no file of the data folder and in no answer of the API, the ledger still verifies,
 * and a key store restored from an old backup does not bring the erased subject back.
 */

// Names unlikely to occur anywhere else, so that a byte scan finds only what this test wrote.
const ERASED_NAME = '欧阳隐私甲乙';
const KEPT_NAME = '司马保留丙丁';
const BLOCKED_NAME = '诸葛检查戊己';
const ERASED_ID = 'arch-erase-1';
const KEPT_ID = 'arch-keep-1';
const BLOCKED_ID = 'insp-block-1';

const ERASE = parse(`
  mutation ErasePersonalData($subjectId: ID!, $legalBasis: String!) {
    erasePersonalData(subjectId: $subjectId, legalBasis: $legalBasis) { subjectId position eventIds keysDestroyed redactionMarker }
  }
`) as TypedDocumentNode<
  { erasePersonalData: { subjectId: string; position: number; eventIds: string[]; keysDestroyed: number; redactionMarker: string } },
  { subjectId: string; legalBasis: string }
>;

const LEGAL_BASIS = '《个人信息保护法》第四十七条：保存期限已届满';

class Harness {
  private readonly tokens = new Map<string, string>();
  constructor(
    readonly app: RunningApp,
    readonly config: Config,
  ) {}

  static async start(dataDir: string): Promise<Harness> {
    const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: process.env.PRIVACY_TEST_LOG ?? 'silent', LEDGER_CHECKPOINT_INTERVAL_SECONDS: '0', PERSONAL_DATA_ENCRYPTION: process.env.PRIVACY_TEST_ENCRYPTION ?? 'on' });
    return new Harness(await startApp(config), config);
  }

  private async headers(as: As): Promise<Record<string, string>> {
    const key = JSON.stringify(as);
    let token = this.tokens.get(key);
    if (!token) {
      const { sub, ...claims } = as;
      token = await mintToken(this.config.auth, { ...claims, subject: sub, expiresIn: 3600 });
      this.tokens.set(key, token);
    }
    return { authorization: `Bearer ${token}` };
  }

  async request<TData, TVars>(document: TypedDocumentNode<TData, TVars>, variables: TVars, as: As = ADMIN): Promise<GraphQLResponse<TData> & { text: string }> {
    const response = await fetch(this.app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await this.headers(as)) },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const text = await response.text();
    return { status: response.status, text, ...(JSON.parse(text) as Omit<GraphQLResponse<TData>, 'status'>) };
  }

  async ok<TData, TVars>(document: TypedDocumentNode<TData, TVars>, variables: TVars, as: As = ADMIN): Promise<TData> {
    const result = await this.request(document, variables, as);
    if (result.errors?.length) throw new Error(`${print(document).slice(0, 60)}: ${JSON.stringify(result.errors)}`);
    return result.data as TData;
  }

  async get(pathAndQuery: string, as: As = ADMIN): Promise<string> {
    const response = await fetch(this.app.url.replace('/graphql', pathAndQuery), { headers: await this.headers(as) });
    return response.text();
  }
}

/** Every file under the folder, whose bytes hold `text` in UTF-8. */
function filesHolding(dir: string, text: string): string[] {
  const needle = Buffer.from(text, 'utf8');
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) found.push(...filesHolding(file, text));
    else if (readFileSync(file).includes(needle)) found.push(name);
  }
  return found;
}

let dataDir: string;
let h: Harness;
let keysBackup: string;
let dataBackup: string;
const unitA = makeCreditCode(9101);
const unitB = makeCreditCode(9102);
const clerk = clerkOf('330106');
let assignedEventId = '';
let inspectionOfB = '';
let sizeBefore = 0;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'aol-privacy-'));
  keysBackup = path.join(mkdtempSync(path.join(os.tmpdir(), 'aol-privacy-backup-')), 'keys.sqlite');
  dataBackup = path.join(path.dirname(keysBackup), 'ledger.sqlite');
  h = await Harness.start(dataDir);
  for (const [regionCode, name] of [
    ['330000', '浙江省档案局'],
    ['330100', '杭州市档案局'],
    ['330106', '杭州市西湖区档案局'],
  ] as const) {
    await h.ok(EstablishBureauDocument, { input: { regionCode, name } });
  }
  for (const unitId of [unitA, unitB]) {
    const input = { unitId, name: '杭州某某隐私科技有限公司', category: 'ENTERPRISE' as const, regionCode: '330106', bureauId: '330106', occurredAt: '2025-03-01T09:00:00.000Z' };
    await h.ok(RegisterUnitDocument, { input }, clerk);
  }
  const assigned = await h.ok(AssignArchivistDocument, { input: { unitId: unitA, archivistId: ERASED_ID, name: ERASED_NAME, partTime: true, occurredAt: '2025-03-02T09:00:00.000Z' } }, clerk);
  assignedEventId = assigned.assignArchivist.eventIds[0] as string;
  await h.ok(AssignArchivistDocument, { input: { unitId: unitA, archivistId: KEPT_ID, name: KEPT_NAME, occurredAt: '2025-03-02T09:00:00.000Z' } }, clerk);
  // The erased archivist is also named in a training and in guidance (their names copied from the registry).
  await h.ok(HoldTrainingDocument, { input: trainingInput('330106', [{ unitId: unitA, archivistId: ERASED_ID }, { unitId: unitA, archivistId: KEPT_ID }]) });
  await h.ok(ProvideGuidanceDocument, { input: { ...guidanceInput('330106', unitA), archivistsMet: [{ unitId: unitA, archivistId: ERASED_ID }] } });
  // An inspector of unit B, where a violation case is open: the retention policy keeps their data.
  const inspectors = [
    { personId: BLOCKED_ID, name: BLOCKED_NAME, credentialNumber: '执 PRIV-777' },
    { personId: 'insp-2', name: '上官执法', credentialNumber: '执 PRIV-778' },
  ];
  const recorded = await h.ok(RecordInspectionDocument, { input: { ...inspectionInput(unitB, '330106', false), inspectors } });
  inspectionOfB = recorded.recordInspection.inspection?.inspectionId as string;
  await h.ok(OpenViolationCaseDocument, { input: caseInput('330106', unitB, inspectionOfB) });
});

afterAll(async () => {
  await h.app.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(path.dirname(keysBackup), { recursive: true, force: true });
});

describe('personal fields in the log', () => {
  it('are stored encrypted and read decrypted', async () => {
    const db = h.app.stores.embedded?.db as Database.Database;
    const stored = db.prepare('SELECT data FROM events').all() as { data: string }[];
    const all = stored.map((r) => r.data).join('\n');
    expect(all).toContain('"\uFEFFv3:'); // the envelopes written now (field-cipher.ts)
    for (const name of [ERASED_NAME, KEPT_NAME, BLOCKED_NAME, '执 PRIV-777']) expect(all).not.toContain(name);
    const { unit } = await h.ok(UnitDocument, { id: unitA });
    expect(unit?.archivists.map((a) => a.name).sort()).toEqual([ERASED_NAME, KEPT_NAME].sort());
    const { inspection } = await h.ok(InspectionDocument, { id: inspectionOfB });
    expect(inspection?.inspectors.map((i) => i.name)).toContain(BLOCKED_NAME);
  });
});

describe('erasePersonalData', () => {
  it('is for the national administrator only', async () => {
    const refused = await h.request(ERASE, { subjectId: ERASED_ID, legalBasis: LEGAL_BASIS }, clerk);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses bad input, an unknown subject, and a subject the retention policy keeps, changing nothing', async () => {
    const head = await h.app.eventStore.headPosition();
    const noBasis = await h.request(ERASE, { subjectId: ERASED_ID, legalBasis: '  ' });
    expect(noBasis.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LEGAL_BASIS_REQUIRED', field: 'legalBasis' });
    const unknown = await h.request(ERASE, { subjectId: 'nobody-at-all', legalBasis: LEGAL_BASIS });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'SUBJECT_NOT_FOUND' });
    const blocked = await h.request(ERASE, { subjectId: BLOCKED_ID, legalBasis: LEGAL_BASIS });
    expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ERASURE_BLOCKED_OPEN_CASE', unitIds: [unitB] });
    expect(await h.app.eventStore.headPosition()).toBe(head);
    const { inspection } = await h.ok(InspectionDocument, { id: inspectionOfB });
    expect(inspection?.inspectors.map((i) => i.name)).toContain(BLOCKED_NAME);
  });

  it('erases: the marker everywhere in the API, the other people unchanged, the plaintext in no file', async () => {
    copyFileSync(path.join(dataDir, 'keys.sqlite'), keysBackup); // an old backup of the key store, restored below
    await h.app.stores.embedded?.db.backup(dataBackup); // and one of the data file, from before the erasure
    sizeBefore = (await h.app.ledger.publishCheckpoint()).treeSize;

    const { erasePersonalData } = await h.ok(ERASE, { subjectId: ERASED_ID, legalBasis: LEGAL_BASIS });
    expect(erasePersonalData).toMatchObject({ subjectId: ERASED_ID, keysDestroyed: 1, redactionMarker: '[erased]' });
    expect(erasePersonalData.eventIds).toHaveLength(1);
    const again = await h.request(ERASE, { subjectId: ERASED_ID, legalBasis: LEGAL_BASIS });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SUBJECT_ALREADY_ERASED' });

    const unit = await h.request(UnitDocument, { id: unitA });
    expect(unit.data?.unit?.archivists.map((a) => a.name).sort()).toEqual(['[erased]', KEPT_NAME].sort());
    const history = await h.request(UnitHistoryDocument, { unitId: unitA, first: 100 });
    expect(history.data?.unitHistory.nodes.map((n) => n.type)).toEqual(expect.arrayContaining(['ArchivistAssigned', 'TrainingHeld', 'GuidanceProvided']));
    expect(history.text).toContain('[erased]');
    expect(history.text).toContain(KEPT_NAME);
    const exported = await h.get('/exports/events.ndjson');
    const audit = await h.get(`/exports/audit.json?unitId=${unitA}`);
    for (const answer of [unit.text, history.text, exported, audit]) expect(answer).not.toContain(ERASED_NAME);
    // The erasure record itself names no one.
    expect(exported).toContain('"type":"PersonalDataErased"');

    h.app.stores.embedded?.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(filesHolding(dataDir, ERASED_NAME)).toEqual([]);
    // The scan does find what is still there: the kept archivist's name in the read models.
    expect(filesHolding(dataDir, KEPT_NAME)).toContain('ledger.sqlite');
  });

  it('leaves the ledger verifying: inclusion, consistency, and the whole store as `npm run verify` checks it', async () => {
    const after = await h.app.ledger.publishCheckpoint();
    const consistency = await h.app.ledger.consistencyProof(sizeBefore, after.treeSize);
    const hex = (s: string) => Buffer.from(s, 'hex');
    expect(verifyConsistency(sizeBefore, after.treeSize, hex(consistency.fromRoot), hex(consistency.toRoot), consistency.proof.map(hex))).toBe(true);
    const inclusion = await h.app.ledger.inclusionProofForEvent(assignedEventId, after.treeSize);
    expect(verifyInclusion(inclusion.leafIndex, inclusion.treeSize, hex(inclusion.leafHash), inclusion.auditPath.map(hex), hex(inclusion.rootHash))).toBe(true);
    const db = new Database(path.join(dataDir, 'ledger.sqlite'), { readonly: true });
    try {
      const verdict = await verifyStore(new SqliteLogReader(db), new SqliteLedgerStore(db, { createSchema: false }));
      expect(verdict.problems).toEqual([]);
      expect(verdict.ok).toBe(true);
    } finally {
      db.close();
    }
    // npm run verify, on the store and on the auditor's export taken after the erasure.
    const exportFile = path.join(path.dirname(keysBackup), 'audit.json');
    writeFileSync(exportFile, await h.get(`/exports/audit.json?unitId=${unitA}`));
    for (const argv of [['--store'], [exportFile]]) {
      const out: string[] = [];
      const io = { env: { DATA_DIR: dataDir }, cwd: process.cwd(), out: (s: string) => out.push(s), err: (s: string) => out.push(s) };
      const code = await runVerify(argv, io);
      expect({ argv, code, out: out.join('') }).toMatchObject({ code: 0, out: expect.stringContaining('VERIFIED') });
    }
  });

  it('stays erased when an old key backup is restored: erasures are replayed from the log at start-up', async () => {
    await h.app.close();
    copyFileSync(keysBackup, path.join(dataDir, 'keys.sqlite'));
    h = await Harness.start(dataDir);
    const stream = await h.app.stores.eventStore.readStream(`unit-${unitA}`);
    const assigned = stream.find((e) => e.id === assignedEventId);
    expect((assigned?.data as { name: string }).name).toBe('[erased]');
    const { unit } = await h.ok(UnitDocument, { id: unitA });
    expect(unit?.archivists.map((a) => a.name).sort()).toEqual(['[erased]', KEPT_NAME].sort());
    h.app.stores.embedded?.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(filesHolding(dataDir, ERASED_NAME)).toEqual([]);
  });

  it('stays erased when a data file from before the erasure is restored: the key store records the erasure again', async () => {
    await h.app.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(path.join(dataDir, `ledger.sqlite${suffix}`), { force: true });
    copyFileSync(dataBackup, path.join(dataDir, 'ledger.sqlite'));
    h = await Harness.start(dataDir);
    const erasures = await h.app.stores.eventStore.readStream(`privacy-${ERASED_ID}`);
    expect(erasures.map((e) => [e.type, e.metadata.actor.role, (e.data as { legalBasis: string }).legalBasis])).toEqual([['PersonalDataErased', 'SYSTEM', LEGAL_BASIS]]);
    const { unit } = await h.ok(UnitDocument, { id: unitA });
    expect(unit?.archivists.map((a) => a.name).sort()).toEqual(['[erased]', KEPT_NAME].sort());
    h.app.stores.embedded?.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(filesHolding(dataDir, ERASED_NAME)).toEqual([]);
    // Once recorded, a further start changes nothing.
    const head = await h.app.eventStore.headPosition();
    await h.app.close();
    h = await Harness.start(dataDir);
    expect(await h.app.eventStore.headPosition()).toBe(head);
  });
});
