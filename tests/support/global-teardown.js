// Stops the FerretDB that global-setup.js started (and deletes its data).
const { execFileSync } = require('node:child_process');
const path = require('node:path');

module.exports = async function globalTeardown() {
  if (process.env.AOL_FERRETDB_STARTED !== '1') return;
  try {
    execFileSync(path.join(__dirname, '../../scripts/ferretdb.sh'), ['stop'], { stdio: 'ignore' });
  } catch {
    // Already gone.
  }
};
