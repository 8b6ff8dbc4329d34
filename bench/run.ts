import { benchAccountability } from './accountability.bench';
import { benchCycle } from './cycle.bench';
import { benchEventStore } from './event-store.bench';
import { benchImport } from './import.bench';
import { benchLedger } from './ledger.bench';
import { benchPostgres } from './postgres.bench';
import { benchPrivacy } from './privacy.bench';

const SECTIONS = ['event-store', 'postgres', 'import', 'ledger', 'privacy', 'accountability', 'cycle'] as const;
type Section = (typeof SECTIONS)[number];

/**
 * `npm run bench`: every benchmark in one run, figures and ratios on stdout (progress on stderr).
 * `npm run bench -- accountability ledger` runs only the sections named. Targets live here, never in timed tests.
 * BENCH_IMPORT_UNITS overrides the import size (default 100,000), BENCH_LEDGER_LEAVES the ledger's (1,000,000),
 * BENCH_ACCOUNTABILITY_UNITS the accountability sizes, comma-separated (default 100000; 1000000 takes about an hour),
 * BENCH_CYCLE_UNITS the units of each of the cycle section's two counties (default 10000).
 */
async function main(argv: readonly string[]): Promise<void> {
  const unknown = argv.filter((a) => !SECTIONS.includes(a as Section));
  if (unknown.length > 0) throw new Error(`unknown section ${unknown.join(', ')}: choose from ${SECTIONS.join(', ')}`);
  const wanted = (section: Section) => argv.length === 0 || argv.includes(section);
  const report = (line: string) => process.stdout.write(`${line}\n`);
  const started = Date.now();
  report(`# Archival Oversight Ledger benchmarks (node ${process.version}, ${new Date().toISOString()})`);
  if (wanted('event-store')) {
    report('\n## Event store (SQLite, WAL, synchronous=FULL) vs bare better-sqlite3');
    await benchEventStore(report);
  }
  if (wanted('postgres')) {
    report('\n## PostgreSQL event store vs bare pg inserts and Emmett (POSTGRES_URL)');
    await benchPostgres(report);
  }
  if (wanted('import')) {
    report('\n## Bulk import of units');
    await benchImport(report, Number(process.env.BENCH_IMPORT_UNITS ?? 100_000));
  }
  if (wanted('ledger')) {
    report('\n## Audit trail: sealing and proofs');
    await benchLedger(report, { leaves: Number(process.env.BENCH_LEDGER_LEAVES ?? 1_000_000) });
  }
  if (wanted('privacy')) {
    report('\n## Personal-data encryption: its cost against the same work unencrypted');
    await benchPrivacy(report);
  }
  if (wanted('accountability')) {
    for (const units of (process.env.BENCH_ACCOUNTABILITY_UNITS ?? '100000').split(',').map((n) => Number(n.trim().replace(/_/g, '')))) {
      report(`\n## Accountability analytics at ${units.toLocaleString('en-US')} units`);
      await benchAccountability(report, units);
    }
  }
  if (wanted('cycle')) {
    report('\n## cycleStatus of a large county: the cycle digest against the units\' facts');
    await benchCycle(report, Number(process.env.BENCH_CYCLE_UNITS ?? 10_000));
  }
  report(`\ntotal ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
