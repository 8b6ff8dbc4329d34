import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedStores, type EmbeddedStores } from '../src/composition/embedded';
import type { NewEvent } from '../src/domain/shared/event';
import { uuidv7 } from '../src/domain/shared/uuid';
import { defaultPrivacySettings } from '../src/privacy';

/**
 * The cost of personal-field encryption (issue 10), as a ratio to the same run without it: the same embedded store
 * (inline projections, the ledger's seal, synchronous=FULL), once with PERSONAL_DATA_ENCRYPTION on and once off.
 * - append: inspections (two inspectors each: four encrypted fields) appended 100 at a time, as concurrent requests
 *   would be (group commit); inspectors drawn from a roster of 50, so their keys exist after the first uses. The
 *   worst case (every event names people), then a mix where one event in four does (most acts name no one);
 * - history read: a unit's stream of archivist assignments (one encrypted name each) read whole, decrypted.
 * Runs alternate on/off and the best of each is kept. Aim: under 10% slower.
 */

const ROSTER = Array.from({ length: 50 }, (_, i) => ({ personId: `bench-p-${i}`, name: `检查员${i}号`, credentialNumber: `执 ${1000 + i}` }));
const metadata = { actor: { id: 'bench', role: 'NATIONAL_ADMIN' as const }, occurredAt: '2025-03-01T02:00:00.000Z', correlationId: 'bench' };

function inspection(i: number): NewEvent {
  return {
    id: uuidv7(),
    type: 'InspectionConducted',
    schemaVersion: 2,
    metadata,
    data: {
      inspectionId: `bench-i-${i}`,
      bureauId: '330106',
      unitId: `bench-u-${i % 500}`,
      planId: null,
      kind: 'LAW_ENFORCEMENT',
      day: '2025-03-01',
      inspectors: [ROSTER[i % 50], ROSTER[(i + 7) % 50]],
      checklist: { checklistId: 'bench', version: 1 },
      results: [],
      findings: [],
      conclusion: '符合要求',
      evidence: [],
    },
  };
}

const assignment = (unitId: string, i: number): NewEvent => ({
  id: uuidv7(),
  type: 'ArchivistAssigned',
  schemaVersion: 1,
  metadata,
  data: { unitId, archivistId: `bench-a-${i % 200}`, name: `档案员${i % 200}号`, partTime: i % 2 === 0, duties: null },
});

function open(encryption: boolean): { stores: EmbeddedStores; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), `aol-bench-privacy-${encryption ? 'on' : 'off'}-`));
  const privacy = { ...defaultPrivacySettings(dir), encryption };
  return { stores: openEmbeddedStores(join(dir, 'ledger.sqlite'), { kind: 'generated', dataDir: dir }, undefined, undefined, { privacy }), dir };
}

async function close({ stores, dir }: { stores: EmbeddedStores; dir: string }): Promise<void> {
  await stores.eventStore.close();
  stores.db.close();
  rmSync(dir, { recursive: true, force: true });
}

/** An act that names no one (most of the log): a follow-up visit. */
const followUp = (i: number): NewEvent => ({
  id: uuidv7(),
  type: 'RectificationFollowedUp',
  schemaVersion: 1,
  metadata,
  data: { orderId: `bench-o-${i}`, bureauId: '330106', unitId: `bench-u-${i % 500}`, visitedOn: '2025-03-02', note: '已跟踪' },
});

/**
 * Appends `count` events, `concurrency` at a time; answers events per second. `personalShare`: one event in that
 * many is an inspection (1: all of them), the others name no one.
 */
async function appendRate(stores: EmbeddedStores, count: number, personalShare = 1, concurrency = 100): Promise<number> {
  const started = process.hrtime.bigint();
  for (let i = 0; i < count; i += concurrency) {
    const batch = Array.from({ length: Math.min(concurrency, count - i) }, (_, j) => ((i + j) % personalShare === 0 ? inspection(i + j) : followUp(i + j)));
    await Promise.all(batch.map((event) => stores.eventStore.appendToStream(`inspection-${event.id}`, [event], { expectedRevision: 'no_stream' })));
  }
  return count / (Number(process.hrtime.bigint() - started) / 1e9);
}

/** Reads a stream of `length` events `times` times; answers events per second. */
async function readRate(stores: EmbeddedStores, streamId: string, length: number, times: number): Promise<number> {
  const started = process.hrtime.bigint();
  for (let t = 0; t < times; t += 1) {
    const events = await stores.eventStore.readStream(streamId);
    if (events.length !== length) throw new Error(`read ${events.length} events, expected ${length}`);
  }
  return (length * times) / (Number(process.hrtime.bigint() - started) / 1e9);
}

export async function benchPrivacy(report: (line: string) => void, options: { appends?: number; historyLength?: number; rounds?: number } = {}): Promise<void> {
  const appends = options.appends ?? 3000;
  const historyLength = options.historyLength ?? 1000;
  const rounds = options.rounds ?? 3;
  const best = { append: { on: 0, off: 0 }, mixed: { on: 0, off: 0 }, read: { on: 0, off: 0 } };
  for (let round = 0; round < rounds; round += 1) {
    for (const mode of round % 2 === 0 ? (['on', 'off'] as const) : (['off', 'on'] as const)) {
      const opened = open(mode === 'on');
      try {
        await appendRate(opened.stores, 200); // warm-up: statements prepared, the roster's keys made
        best.append[mode] = Math.max(best.append[mode], await appendRate(opened.stores, appends));
        best.mixed[mode] = Math.max(best.mixed[mode], await appendRate(opened.stores, appends, 4));
        const streamId = 'unit-bench-history';
        for (let i = 0; i < historyLength; i += 100) {
          await opened.stores.eventStore.appendToStream(streamId, Array.from({ length: 100 }, (_, j) => assignment('bench-history', i + j)));
        }
        await readRate(opened.stores, streamId, historyLength, 5); // warm-up: keys unwrapped and cached
        best.read[mode] = Math.max(best.read[mode], await readRate(opened.stores, streamId, historyLength, 50));
      } finally {
        await close(opened);
      }
      process.stderr.write(`privacy round ${round + 1}/${rounds} (${mode}) done\n`);
    }
  }
  const slower = (on: number, off: number) => `${((off / on - 1) * 100).toFixed(1)}% slower`;
  report(`append (InspectionConducted, 4 encrypted fields, 100 concurrent): ${best.append.on.toFixed(0)} events/s encrypted vs ${best.append.off.toFixed(0)} plain — ratio ${(best.append.off / best.append.on).toFixed(3)} (${slower(best.append.on, best.append.off)})`);
  report(`append, a mix (1 event in 4 an inspection, the rest naming no one): ${best.mixed.on.toFixed(0)} events/s encrypted vs ${best.mixed.off.toFixed(0)} plain — ratio ${(best.mixed.off / best.mixed.on).toFixed(3)} (${slower(best.mixed.on, best.mixed.off)})`);
  report(`history read (${historyLength}-event stream, 1 encrypted name each): ${best.read.on.toFixed(0)} events/s decrypted vs ${best.read.off.toFixed(0)} plain — ratio ${(best.read.off / best.read.on).toFixed(3)} (${slower(best.read.on, best.read.off)})`);
  report('aim: a ratio under 1.10 (under 10% slower)');
}

if (require.main === module) {
  benchPrivacy((line) => process.stdout.write(`${line}\n`)).catch((error: unknown) => {
    process.stderr.write(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
