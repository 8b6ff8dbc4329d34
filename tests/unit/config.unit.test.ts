import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';

describe('configuration', () => {
  it('defaults to port 4000 and ./data, with the SQLite file inside', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.dataDir).toBe(path.resolve('./data'));
    expect(config.sqliteFile).toBe(path.join(path.resolve('./data'), 'ledger.sqlite'));
    expect(config.introspection).toBe(true);
  });

  it('reads PORT, HOST, DATA_DIR, GRAPHQL_INTROSPECTION and MAX_BODY_BYTES', () => {
    const config = loadConfig({ PORT: '8080', HOST: '0.0.0.0', DATA_DIR: '/tmp/x', GRAPHQL_INTROSPECTION: 'off', MAX_BODY_BYTES: '2048' });
    expect(config).toMatchObject({ port: 8080, host: '0.0.0.0', dataDir: '/tmp/x', introspection: false, maxBodyBytes: 2048 });
  });

  it('turns introspection off in production unless asked for', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).introspection).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ GRAPHQL_INTROSPECTION: 'maybe' }, /GRAPHQL_INTROSPECTION/],
    [{ MAX_BODY_BYTES: '1.5' }, /MAX_BODY_BYTES/],
  ])('stops on a bad setting %j with a message naming it', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
