import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import { runVerify } from '../../../src/cli/verify';
import { ForbiddenError, UnauthenticatedError } from '../../../src/domain/shared/errors';
import type { RecordedEvent } from '../../../src/domain/shared/event';
import { authorizeAuditExport, handleAuditExport } from '../../../src/http/audit-export.route';
import type { Actor } from '../../../src/domain/shared/event';
import { buildAuditExport, verifyAuditExport, type AuditExport, type AuditScope } from '../../../src/ledger';
import { publicKeyInfo, signCheckpoint } from '../../../src/ledger/checkpoints';
import { leafHash } from '../../../src/ledger/merkle';
import { HANGZHOU, openEmbedded, removeFolder, seedRegistry, BINJIANG, XIHU, type EmbeddedLedger } from './embedded-ledger.fixture';

let app: EmbeddedLedger;
let units: { xihuUnits: string[]; binjiangUnits: string[] };
let log: RecordedEvent[];

beforeAll(async () => {
  app = openEmbedded({ now: () => new Date('2025-03-02T00:00:00.000Z') });
  units = await seedRegistry(app);
  log = await app.eventStore.readAll();
});
afterAll(async () => {
  await app.close();
  removeFolder(app.dir);
});

const exportOf = (scope: AuditScope): Promise<AuditExport> => buildAuditExport({ log: app.eventStore, ledger: app.ledger, readStore: app.readStore }, scope);
const positions = (doc: AuditExport): number[] => doc.events.map((e) => e.position);
const expectedPositions = (predicate: (e: RecordedEvent) => boolean): number[] => log.filter(predicate).map((e) => e.position);
const touches = (e: RecordedEvent, unitIds: string[]): boolean => unitIds.includes((e.data as { unitId?: string }).unitId ?? '');

describe('the auditor export', () => {
  it("holds a unit's events, canonical, each with its proof against one signed checkpoint, and the public key", async () => {
    const unitId = units.xihuUnits[0] as string;
    const doc = await exportOf({ unitId });
    expect(doc).toMatchObject({ format: 'archival-oversight-ledger/audit-export/v1', canonicalFormat: 'aol-canonical-event/v1', scope: { unitId } });
    expect(positions(doc)).toEqual(expectedPositions((e) => touches(e, [unitId])));
    expect(doc.checkpoint.treeSize).toBe(log.length); // none existed: one was published for the export
    expect(doc.publicKey).toEqual(app.ledger.publicKey);
    const verdict = verifyAuditExport(JSON.parse(JSON.stringify(doc)));
    expect(verdict).toMatchObject({ ok: true, firstBadPosition: null, eventsOk: doc.events.length });
    expect(verdict.events.map((e) => e.type)).toEqual(['UnitRegistered', 'UnitClassified']);
  });

  it("holds a bureau's events: its stream, and every event naming it (registered, transferred to or from)", async () => {
    const doc = await exportOf({ bureauId: HANGZHOU });
    expect(positions(doc)).toEqual(
      expectedPositions((e) => e.streamId === `bureau-${HANGZHOU}` || [(e.data as Record<string, unknown>).bureauId, (e.data as Record<string, unknown>).toBureauId, (e.data as Record<string, unknown>).fromBureauId].includes(HANGZHOU)),
    );
    expect(verifyAuditExport(doc).events.map((e) => e.type)).toEqual(['BureauEstablished', 'UnitTransferred']);
    expect(verifyAuditExport(doc).ok).toBe(true);
  });

  it("holds a region's events: those of the units in it and below", async () => {
    const county = await exportOf({ regionCode: BINJIANG });
    expect(positions(county)).toEqual(expectedPositions((e) => touches(e, units.binjiangUnits)));
    const prefecture = await exportOf({ regionCode: HANGZHOU });
    expect(positions(prefecture)).toEqual(expectedPositions((e) => touches(e, [...units.xihuUnits, ...units.binjiangUnits])));
    expect(verifyAuditExport(prefecture).ok).toBe(true);
  });

  it('reuses the latest checkpoint when it covers the scope', async () => {
    const latest = await app.ledger.publishCheckpoint();
    expect((await exportOf({ regionCode: XIHU })).checkpoint).toEqual(latest);
  });

  it('refuses an unknown unit or bureau and a malformed region, with stable codes', async () => {
    await expect(exportOf({ unitId: '91330106MA2KXXXX0X' })).rejects.toMatchObject({ code: 'NOT_FOUND', reason: 'UNIT_NOT_FOUND' });
    await expect(exportOf({ bureauId: '999999' })).rejects.toMatchObject({ code: 'NOT_FOUND', reason: 'BUREAU_NOT_FOUND' });
    await expect(exportOf({ regionCode: '33' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_REGION_CODE' });
  });
});

describe('the offline verifier on a tampered export file', () => {
  let doc: AuditExport;
  beforeAll(async () => {
    doc = await exportOf({ regionCode: HANGZHOU });
  });
  const copy = (): AuditExport => JSON.parse(JSON.stringify(doc)) as AuditExport;

  it('fails the one event whose canonical text was edited, and names it', () => {
    const tampered = copy();
    const entry = tampered.events[2]!;
    entry.canonical = entry.canonical!.replace('"name":"单位', '"name":"伪造单位');
    const verdict = verifyAuditExport(tampered);
    expect(verdict.ok).toBe(false);
    expect(verdict.firstBadPosition).toBe(entry.position);
    expect(verdict.events.map((e) => e.status)).toEqual(doc.events.map((e) => (e.position === entry.position ? 'bad' : 'ok')));
    expect(verdict.events[2]?.reason).toMatch(/stated leaf hash is not the hash/);
  });

  it('fails an event whose leaf hash was recomputed to match the edit: its proof no longer leads to the root', () => {
    const tampered = copy();
    const edited = rehashedAfterEdit(tampered, 1);
    const verdict = verifyAuditExport(edited);
    expect(verdict.firstBadPosition).toBe(tampered.events[1]!.position);
    expect(verdict.events[1]?.reason).toMatch(/not in the tree the checkpoint signs/);
  });

  it('fails an event whose audit path was altered, and one moved to another position', () => {
    const tampered = copy();
    const path = tampered.events[0]!.auditPath!;
    path[0] = path[0]!.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    const moved = tampered.events[tampered.events.length - 1]!;
    moved.position += 1;
    const verdict = verifyAuditExport(tampered);
    expect(verdict.events.filter((e) => e.status === 'bad').map((e) => e.position)).toEqual([tampered.events[0]!.position, moved.position]);
  });

  it('verifies no event when the checkpoint was altered', () => {
    const tampered = copy();
    tampered.checkpoint.treeSize += 1;
    const verdict = verifyAuditExport(tampered);
    expect(verdict.ok).toBe(false);
    expect(verdict.checkpoint).toMatchObject({ ok: false, reason: 'the checkpoint signature does not verify' });
    // A proof that still leads to the root is "unverified": the root is not the signed one.
    expect(verdict.events.some((e) => e.status === 'ok')).toBe(false);
    expect(verdict.events.some((e) => e.status === 'unverified')).toBe(true);
  });

  it('refuses an export re-signed with another key when the auditor pins the real one', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const forged = copy();
    const forger = publicKeyInfo(privateKey);
    forged.publicKey = forger;
    forged.checkpoint = signCheckpoint(privateKey, { treeSize: doc.checkpoint.treeSize, rootHash: Buffer.from(doc.checkpoint.rootHash, 'hex'), issuedAt: doc.checkpoint.issuedAt });
    expect(verifyAuditExport(forged).ok).toBe(true); // self-consistent…
    const pinned = verifyAuditExport(forged, { trustedPublicKey: app.ledger.publicKey.pem });
    expect(pinned.ok).toBe(false); // …but not signed by the ledger's key
    expect(pinned.checkpoint.reason).toMatch(/not by the trusted key/);
  });

  it('names a document that is not an export', () => {
    expect(verifyAuditExport({ hello: 'world' }).malformed).toMatch(/format/);
    expect(verifyAuditExport([]).malformed).toMatch(/not a JSON object/);
  });
});

/** Edits an event's text and recomputes its stated leaf hash, as a careful forger of the file would. */
function rehashedAfterEdit(doc: AuditExport, index: number): AuditExport {
  const entry = doc.events[index]!;
  entry.canonical = entry.canonical!.replace('"name":"单位', '"name":"伪造单位');
  entry.leafHash = leafHash(Buffer.from(entry.canonical, 'utf8')).toString('hex');
  return doc;
}

const AUDITOR = { 'x-test-actor': 'auditor' };

describe('GET /exports/audit.json', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const authorize = async (request: typeof req, scope: AuditScope) => {
        if (request.headers['x-test-actor'] !== 'auditor') throw new UnauthenticatedError('No token', 'TOKEN_MISSING');
        if ('regionCode' in scope && scope.regionCode === '110000') throw new ForbiddenError('Outside your scope', 'OUT_OF_SCOPE');
      };
      handleAuditExport(req, res, { ledger: app.ledger, log: app.eventStore, readStore: app.readStore, authorize }).catch(() => {
        res.statusCode = 500;
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/exports/audit.json`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('answers the export as a JSON attachment that verifies', async () => {
    const unitId = units.binjiangUnits[0] as string;
    const response = await fetch(`${base}?unitId=${unitId}`, { headers: AUDITOR });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(new RegExp(`attachment; filename="audit-unit-${unitId}-\\d+\\.json"`));
    const doc = (await response.json()) as AuditExport;
    expect(verifyAuditExport(doc, { trustedPublicKey: app.ledger.publicKey.spki }).ok).toBe(true);
  });

  it.each([
    ['', 400, 'BAD_USER_INPUT'],
    ['?unitId=a&bureauId=b', 400, 'BAD_USER_INPUT'],
    ['?regionCode=12', 400, 'BAD_USER_INPUT'],
    ['?bureauId=999999', 404, 'NOT_FOUND'],
    ['?regionCode=110000', 403, 'FORBIDDEN'],
  ])('answers %s with %i %s', async (query, status, code) => {
    const response = await fetch(`${base}${query}`, { headers: AUDITOR });
    expect(response.status).toBe(status);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(code);
  });

  it('asks the authorizer first', async () => {
    const response = await fetch(`${base}?unitId=${units.xihuUnits[0]}`);
    expect(response.status).toBe(401);
  });

  it('refuses other methods', async () => {
    expect((await fetch(`${base}?unitId=x`, { method: 'POST' })).status).toBe(405);
  });
});

describe('who may take an audit export', () => {
  const authorize = (actor: Actor, scope: AuditScope) => authorizeAuditExport(actor, scope, app.readStore);
  const xihuStaff: Actor = { id: 'clerk-1', role: 'BUREAU_STAFF', bureauId: XIHU };

  it('admits administrators everywhere, and staff and auditors within their region', async () => {
    await expect(authorize({ id: 'a', role: 'NATIONAL_ADMIN' }, { regionCode: '110000' })).resolves.toBeUndefined();
    await expect(authorize(xihuStaff, { unitId: units.xihuUnits[0]! })).resolves.toBeUndefined();
    await expect(authorize(xihuStaff, { bureauId: XIHU })).resolves.toBeUndefined();
    await expect(authorize({ id: 'au', role: 'AUDITOR', regionCode: HANGZHOU }, { regionCode: BINJIANG })).resolves.toBeUndefined();
  });

  it('answers what lies outside the scope as not found (units, bureaus) or forbidden (regions), and refuses other roles', async () => {
    await expect(authorize(xihuStaff, { unitId: units.binjiangUnits[0]! })).rejects.toMatchObject({ code: 'NOT_FOUND', reason: 'UNIT_NOT_FOUND' });
    await expect(authorize(xihuStaff, { bureauId: HANGZHOU })).rejects.toMatchObject({ code: 'NOT_FOUND', reason: 'BUREAU_NOT_FOUND' });
    await expect(authorize(xihuStaff, { regionCode: HANGZHOU })).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
    await expect(authorize({ id: 'an', role: 'ANALYST', regionCode: HANGZHOU }, { regionCode: XIHU })).rejects.toMatchObject({ reason: 'ROLE_CANNOT_EXPORT' });
  });
});

describe('npm run verify', () => {
  function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
    const out: string[] = [];
    const err: string[] = [];
    return runVerify(argv, { out: (t) => out.push(t), err: (t) => err.push(t), cwd: app.dir, env }).then((code) => ({ code, out: out.join(''), err: err.join('') }));
  }

  it('prints a verdict per event and exits 0 for a sound export, 1 for a tampered one', async () => {
    const doc = await exportOf({ regionCode: BINJIANG });
    writeFileSync(join(app.dir, 'sound.json'), JSON.stringify(doc));
    writeFileSync(join(app.dir, 'key.pem'), app.ledger.publicKey.pem);
    const sound = await run(['sound.json', '--public-key', 'key.pem']);
    expect(sound.code).toBe(0);
    expect(sound.out).toMatch(/signature valid/);
    expect(sound.out.match(/^ {2}ok {3}#\d+ {2}Unit\w+/gm)).toHaveLength(doc.events.length);
    expect(sound.out).toMatch(/VERIFIED: \d+ events/);

    const tampered = JSON.parse(JSON.stringify(doc)) as AuditExport;
    const victim = tampered.events[1]!;
    victim.canonical = victim.canonical!.replace('"revision":', '"revision":1');
    writeFileSync(join(app.dir, 'tampered.json'), JSON.stringify(tampered));
    const bad = await run(['tampered.json']);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(new RegExp(`BAD  #${victim.position} `));
    expect(bad.out).toMatch(new RegExp(`FAILED: 1 of ${doc.events.length} events not verified; first bad position ${victim.position}`));
  });

  it('verifies the embedded store of DATA_DIR, read-only', async () => {
    const result = await run(['--store'], { DATA_DIR: app.dir });
    expect(result.out).toMatch(/VERIFIED: the log matches its ledger/);
    expect(result.code).toBe(0);
  });

  it('exits 2 on a usage error', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['missing.json'])).err).toMatch(/no such export file/);
    expect((await run(['a.json', 'b.json'])).code).toBe(2);
  });
});
