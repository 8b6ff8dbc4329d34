// Jest global setup: a FerretDB (MongoDB's wire protocol) on loopback for the MongoDB read-store suites, unless
// MONGODB_URL names a server already or AOL_FERRETDB=off. scripts/ferretdb.sh builds it from source with Go the
// first time (minutes; kept in FERRETDB_BIN, outside the clone, so later runs reuse it). Without Go or a binary the
// Mongo suites are skipped and print why.
const { execFileSync } = require('node:child_process');
const os = require('node:os');
const path = require('node:path');

module.exports = async function globalSetup() {
  if (process.env.MONGODB_URL || process.env.AOL_FERRETDB === 'off') return;
  process.env.FERRETDB_BIN ??= path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'archival-oversight-ledger', 'ferretdb-v1.24.2');
  try {
    const url = execFileSync(path.join(__dirname, '../../scripts/ferretdb.sh'), ['start'], { stdio: ['ignore', 'pipe', 'inherit'] }).toString().trim();
    process.env.MONGODB_URL = url;
    process.env.AOL_FERRETDB_STARTED = '1';
  } catch {
    process.stderr.write('\nFerretDB could not be started (no Go toolchain or binary?): the MongoDB suites will be skipped\n');
  }
};
