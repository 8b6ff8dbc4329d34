import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import { makeCreditCode } from '../../src/domain/shared/credit-code';
import { verifyFile } from '../../src/ops/backup';
import { EstablishBureauDocument, RegisterUnitDocument } from '../support/generated/operations';
import { buildServerOnce, ChildServer } from '../support/child-server';
import { ADMIN, clerkOf } from '../support/test-server';

jest.setTimeout(180_000);

/** root ignores file modes: the child then runs as nobody, for whom the folder's mode holds. */
const AS_UNPRIVILEGED = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

let work: string;
beforeAll(async () => {
  await buildServerOnce();
  work = mkdtempSync(path.join(os.tmpdir(), 'aol-disk-'));
  chmodSync(work, 0o755);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a data folder the server cannot write', () => {
  it('stops start-up with DATA_DIR_NOT_WRITABLE and exit code 3 when the folder is read-only, creating nothing', async () => {
    const dataDir = path.join(work, 'read-only-empty');
    mkdirSync(dataDir);
    chmodSync(dataDir, 0o555);
    const { code, output } = await ChildServer.runToExit(dataDir, { LOG_LEVEL: 'info' }, AS_UNPRIVILEGED);
    expect(code).toBe(3);
    const line = JSON.parse(output.split('\n').find((l) => l.includes('DATA_DIR_NOT_WRITABLE')) as string) as { level: string; code: string; dataDir: string; msg: string };
    expect(line).toMatchObject({ level: 'fatal', code: 'DATA_DIR_NOT_WRITABLE', dataDir });
    expect(line.msg).toMatch(/cannot be written \(EACCES\)/);
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('refuses the same way a store whose folder became read-only after it was written', async () => {
    const dataDir = path.join(work, 'read-only-store');
    mkdirSync(dataDir);
    chmodSync(dataDir, 0o777);
    // A working store first (written by the same user the server later runs as).
    const server = await ChildServer.start(dataDir, {}, AS_UNPRIVILEGED);
    expect(await server.stop()).toEqual({ code: 0, signal: null });
    const files = readdirSync(dataDir).sort();
    expect(files).toContain('ledger.sqlite');
    chmodSync(dataDir, 0o555);
    const { code, output } = await ChildServer.runToExit(dataDir, {}, AS_UNPRIVILEGED);
    expect(code).toBe(3);
    expect(output).toContain('DATA_DIR_NOT_WRITABLE');
    expect(readdirSync(dataDir).sort()).toEqual(files);
  });
});

/** A small tmpfs to fill: needs root (mount). Elsewhere the test is skipped, and says so. */
function tryMount(dir: string, size: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('a data folder that fills up while the server runs', () => {
  let mountPoint: string;
  let mounted = false;
  beforeAll(() => {
    mountPoint = mkdtempSync(path.join(os.tmpdir(), 'aol-full-'));
    mounted = process.getuid?.() === 0 && tryMount(mountPoint, '4m');
    // Printed so that a skipped check is never silent.
    if (!mounted) console.warn('SKIPPED the disk-full test: mounting a small tmpfs needs root');
  });
  afterAll(() => {
    if (mounted) execFileSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it('refuses writes with SERVICE_UNAVAILABLE / STORAGE_FULL, keeps serving reads, and writes again once there is room', async () => {
    if (!mounted) return;
    const server = await ChildServer.start(mountPoint);
    try {
      await server.graphql(print(EstablishBureauDocument), { input: { regionCode: '330106', name: '杭州市西湖区档案局' } }, ADMIN);
      const acknowledged: string[] = [];
      let refusal: { message: string; extensions?: { code?: string; reason?: string } } | undefined;
      for (let i = 0; i < 5000 && !refusal; i++) {
        const unitId = makeCreditCode(91_000 + i);
        const { body } = await server.graphql(REGISTER, registration(unitId), clerkOf('330106'));
        if (body.errors) refusal = body.errors[0] as typeof refusal;
        else acknowledged.push(unitId);
      }
      expect(refusal?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', reason: 'STORAGE_FULL' });
      expect(acknowledged.length).toBeGreaterThan(10);

      // Still up, and reads still work: every acknowledged unit is there.
      expect((await fetch(server.url.replace('/graphql', '/healthz'))).status).toBe(200);
      const units = await server.graphql('{ units(filter: { bureauId: "330106" }, first: 1) { totalCount } }', {}, ADMIN);
      expect(units.body.data?.units.totalCount).toBe(acknowledged.length);

      // Room again: writes resume, on the same process.
      execFileSync('mount', ['-o', 'remount,size=64m', mountPoint]);
      const { body } = await server.graphql(REGISTER, registration(makeCreditCode(99_999)), clerkOf('330106'));
      expect(body.errors).toBeUndefined();
    } finally {
      expect(await server.stop()).toEqual({ code: 0, signal: null });
    }
    // Nothing torn: the log matches its sealed tree.
    const verdict = await verifyFile(path.join(mountPoint, 'ledger.sqlite'));
    expect({ ok: verdict.ok, problems: verdict.problems }).toEqual({ ok: true, problems: [] });
  });
});

const REGISTER = print(RegisterUnitDocument);
function registration(unitId: string) {
  return { input: { unitId, name: '某某科技有限公司', category: 'ENTERPRISE', regionCode: '330106', bureauId: '330106', occurredAt: '2025-03-01T09:00:00.000Z' } };
}
