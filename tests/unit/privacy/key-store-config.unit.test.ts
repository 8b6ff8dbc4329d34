import { ConfigError, loadConfig } from '../../../src/config';

/** KEY_STORE and its defaults (from EVENT_STORE), MASTER_KEY's source per key store, and clear refusals. */
describe('key store configuration', () => {
  const load = (env: Record<string, string>) => loadConfig({ DATA_DIR: '/tmp/aol-key-config', ...env });
  const postgres = { EVENT_STORE: 'postgres', POSTGRES_URL: 'postgres://aol@db:5432/aol' };
  const kurrent = { EVENT_STORE: 'kurrentdb', KURRENTDB_URL: 'kurrentdb://k:2113?tls=false' };
  const master = Buffer.alloc(32, 7).toString('base64');

  it('defaults from EVENT_STORE: sqlite keeps DATA_DIR/keys.sqlite and may generate its master key', () => {
    expect(load({}).privacy).toMatchObject({ encryption: true, keyStore: { kind: 'sqlite' }, masterKey: { kind: 'generated', dataDir: '/tmp/aol-key-config' }, keyCacheTtlSeconds: 60 });
  });

  it('postgres → a table in the event store schema; the master key must come from MASTER_KEY', () => {
    expect(load(postgres).privacy).toMatchObject({ keyStore: { kind: 'postgres', url: postgres.POSTGRES_URL, schema: 'aol' }, masterKey: { kind: 'missing', keyStore: 'postgres' } });
    expect(load({ ...postgres, POSTGRES_SCHEMA: 'ledger', MASTER_KEY: master, KEY_CACHE_TTL_SECONDS: '5' }).privacy).toMatchObject({
      keyStore: { kind: 'postgres', schema: 'ledger' },
      masterKey: { kind: 'inline', key: master },
      keyCacheTtlSeconds: 5,
    });
  });

  it('kurrentdb → MongoDB, in a database of its own; without MONGODB_URL start-up says so (not the configuration load)', () => {
    expect(load({ ...kurrent, MONGODB_URL: 'mongodb://m:27017', MONGODB_DATABASE: 'aol_k' }).privacy.keyStore).toEqual({ kind: 'mongodb', url: 'mongodb://m:27017', database: 'aol_k_keys' });
    expect(load(kurrent).privacy.keyStore).toEqual({ kind: 'mongodb', url: null, database: 'aol_keys' });
    expect(load({ ...kurrent, KEY_STORE: 'sqlite' }).privacy).toMatchObject({ keyStore: { kind: 'sqlite' }, masterKey: { kind: 'generated' } });
  });

  it.each([
    [{ KEY_STORE: 'postgres' }, 'KEY_STORE=postgres needs a server event store (EVENT_STORE=postgres or kurrentdb): the embedded log keeps its keys in DATA_DIR/keys.sqlite'],
    [{ KEY_STORE: 'vault' }, 'KEY_STORE must be one of sqlite, postgres, mongodb, got "vault"'],
    [{ ...kurrent, KEY_STORE: 'mongodb' }, 'MONGODB_URL must be set when KEY_STORE=mongodb'],
    [{ ...kurrent, KEY_STORE: 'postgres' }, 'POSTGRES_URL must be set when KEY_STORE=postgres'],
    [{ ...postgres, KEY_CACHE_TTL_SECONDS: '0' }, 'KEY_CACHE_TTL_SECONDS must be an integer from 1 to 86400, got "0"'],
  ])('refuses %j', (env, message) => {
    expect(() => load(env)).toThrow(ConfigError);
    expect(() => load(env)).toThrow(message);
  });
});
