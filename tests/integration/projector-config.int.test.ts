import { ConfigError, loadConfig } from '../../src/config';

/** Store selection (EVENT_STORE, READ_STORE, PROJECTIONS and their URLs): defaults, and clear refusals naming the variable. */
describe('store configuration', () => {
  const load = (env: Record<string, string>) => loadConfig({ DATA_DIR: '/tmp/aol-config-test', ...env });
  const refusal = (env: Record<string, string>): string => {
    try {
      load(env);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as Error).message;
    }
    throw new Error('accepted');
  };

  it('defaults to the embedded mode', () => {
    expect(load({}).stores).toEqual({
      eventStore: { kind: 'sqlite' },
      readStore: { kind: 'sqlite', file: '/tmp/aol-config-test/ledger.sqlite' },
      projections: 'inline',
      readYourWritesTimeoutMs: 5000,
      projector: { batchSize: 500, maxDelayMs: 50, heartbeatMaxAgeSeconds: 30 },
    });
  });

  it('reads the server stores, their defaults, and gives the SQLite read models a file of their own beside a server log', () => {
    const stores = load({
      EVENT_STORE: 'postgres',
      POSTGRES_URL: 'postgres://aol@db:5432/aol',
      READ_STORE: 'mongodb',
      MONGODB_URL: 'mongodb://mongo:27017/',
      PROJECTIONS: 'external',
      READ_YOUR_WRITES_TIMEOUT_MS: '750',
    }).stores;
    expect(stores.eventStore).toEqual({ kind: 'postgres', url: 'postgres://aol@db:5432/aol', schema: 'aol', poolSize: 10, queryTimeoutMs: 30_000 });
    expect(load({ EVENT_STORE: 'postgres', POSTGRES_URL: 'postgres://aol@db:5432/aol', POSTGRES_QUERY_TIMEOUT_SECONDS: '5' }).stores.eventStore).toMatchObject({ queryTimeoutMs: 5_000 });
    expect(stores.readStore).toEqual({ kind: 'mongodb', url: 'mongodb://mongo:27017/', database: 'aol' });
    expect(stores.readYourWritesTimeoutMs).toBe(750);
    expect(load({ EVENT_STORE: 'kurrentdb', KURRENTDB_URL: 'kurrentdb://k:2113?tls=false' }).stores).toMatchObject({
      eventStore: { kind: 'kurrentdb', url: 'kurrentdb://k:2113?tls=false' },
      readStore: { kind: 'sqlite', file: '/tmp/aol-config-test/read-models.sqlite' },
    });
  });

  it.each([
    [{ EVENT_STORE: 'mysql' }, 'EVENT_STORE must be one of sqlite, postgres, kurrentdb, got "mysql"'],
    [{ EVENT_STORE: 'postgres' }, 'POSTGRES_URL must be set when EVENT_STORE=postgres'],
    [{ EVENT_STORE: 'postgres', POSTGRES_URL: 'mysql://x' }, 'POSTGRES_URL must start with postgres:// or postgresql://'],
    [{ EVENT_STORE: 'kurrentdb' }, 'KURRENTDB_URL must be set when EVENT_STORE=kurrentdb'],
    [{ READ_STORE: 'mongodb' }, 'MONGODB_URL must be set when READ_STORE=mongodb'],
    [{ READ_STORE: 'mongodb', MONGODB_URL: 'not a url' }, 'MONGODB_URL is not a URL'],
    [{ PROJECTIONS: 'later' }, 'PROJECTIONS must be one of inline, external, got "later"'],
    [{ PROJECTIONS: 'external' }, 'PROJECTIONS=external needs EVENT_STORE=postgres or kurrentdb: the embedded log wakes subscribers in its own process only'],
    [{ POSTGRES_SCHEMA: 'Drop Table' }, 'POSTGRES_SCHEMA must be a lower-case SQL identifier, got "Drop Table"'],
    [{ READ_YOUR_WRITES_TIMEOUT_MS: '-1' }, 'READ_YOUR_WRITES_TIMEOUT_MS must be an integer from 0 to 600000, got "-1"'],
    [{ EVENT_STORE: 'postgres', POSTGRES_URL: 'postgres://db/aol', POSTGRES_POOL_SIZE: '0' }, 'POSTGRES_POOL_SIZE must be an integer from 1 to 1000, got "0"'],
  ])('refuses %j', (env, message) => {
    expect(refusal(env)).toBe(message);
  });
});
