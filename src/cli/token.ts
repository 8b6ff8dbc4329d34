import { parseArgs } from 'node:util';
import { mkdirSync } from 'node:fs';
import { TOKEN_ROLES, actorFromClaims, type TokenRole } from '../auth/claims';
import { mintToken } from '../auth/tokens';
import { ConfigError, loadConfig } from '../config';
import { AppError } from '../domain/shared/errors';

const USAGE = `Usage: npm run token -- --role <role> [--bureau <bureauId>] [--region <code>] [--unit <creditCode>] [--sub <id>] [--ttl <seconds>]

Mints a bearer token signed with the embedded mode's local key (DATA_DIR/auth-signing-key.pem, made on first
use) or with AUTH_JWT_SECRET when that is set. Roles and what they need:
  NATIONAL_ADMIN                      everything
  BUREAU_STAFF   --bureau <bureauId>  acts on its bureau's units, reads its region's subtree
  AUDITOR        --region <code>      reads everything in the region's subtree, writes nothing
  ANALYST        --region <code>      aggregates and exports only, no personal names
  UNIT_REPORTER  --unit <creditCode>  its own unit only
--sub names the person (default: the role in lower case); --ttl defaults to 8 hours.`;

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      role: { type: 'string' },
      bureau: { type: 'string' },
      region: { type: 'string' },
      unit: { type: 'string' },
      sub: { type: 'string' },
      ttl: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help || !values.role) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const role = values.role.toUpperCase();
  if (!(TOKEN_ROLES as readonly string[]).includes(role)) {
    process.stderr.write(`token: --role must be one of ${TOKEN_ROLES.join(', ')}\n`);
    return 2;
  }
  const ttl = Number(values.ttl ?? 8 * 3600);
  if (!Number.isInteger(ttl) || ttl < 60 || ttl > 366 * 24 * 3600) {
    process.stderr.write('token: --ttl is a whole number of seconds from 60 to a year\n');
    return 2;
  }
  const config = loadConfig();
  const claims = {
    role: role as TokenRole,
    ...(values.bureau !== undefined && { bureauId: values.bureau }),
    ...(values.region !== undefined && { regionCode: values.region }),
    ...(values.unit !== undefined && { unitId: values.unit }),
  };
  const subject = values.sub ?? role.toLowerCase();
  // Refuse here what the server would refuse: a role without the binding it needs.
  actorFromClaims({ sub: subject, ...claims });
  mkdirSync(config.dataDir, { recursive: true });
  process.stdout.write(`${await mintToken(config.auth, { ...claims, subject, expiresIn: ttl })}\n`);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const known = error instanceof AppError || error instanceof ConfigError || (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION';
      process.stderr.write(`token: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = known ? 2 : 1;
    },
  );
}
