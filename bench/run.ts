import { benchAccountability } from './accountability.bench';
import { benchEventStore } from './event-store.bench';
import { benchImport } from './import.bench';
import { benchLedger } from './ledger.bench';

/**
 * `npm run bench`: every benchmark in one run, figures and ratios on stdout (progress on stderr).
 * Targets live here, never in timed tests. BENCH_IMPORT_UNITS overrides the import size (default 100,000).
 */
async function main(): Promise<void> {
  const report = (line: string) => process.stdout.write(`${line}\n`);
  const started = Date.now();
  report(`# Archival Oversight Ledger benchmarks (node ${process.version}, ${new Date().toISOString()})`);
  report('\n## Event store (SQLite, WAL, synchronous=FULL) vs bare better-sqlite3');
  await benchEventStore(report);
  report('\n## Bulk import of units');
  const units = Number(process.env.BENCH_IMPORT_UNITS ?? 100_000);
  await benchImport(report, units);
  report('\n## Audit trail: sealing and proofs');
  await benchLedger(report, { leaves: Number(process.env.BENCH_LEDGER_LEAVES ?? 1_000_000) });
  report('\n## Accountability: the two-year cycle');
  await benchAccountability(report, Number(process.env.BENCH_ACCOUNTABILITY_UNITS ?? 100_000));
  report(`\ntotal ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  process.stderr.write(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
