import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';

describe('configuration', () => {
  it('defaults to port 4000 and ./data, with the SQLite file inside', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.dataDir).toBe(path.resolve('./data'));
    expect(config.sqliteFile).toBe(path.join(path.resolve('./data'), 'ledger.sqlite'));
    expect(config.introspection).toBe(false);
    expect(config.auth).toEqual({
      key: { kind: 'local', keyFile: path.join(path.resolve('./data'), 'auth-signing-key.pem') },
      issuer: 'archival-oversight-ledger',
      audience: 'archival-oversight-ledger',
      clockSkewSeconds: 60,
    });
    expect(config.limits).toEqual({ maxDepth: 12, maxComplexity: 20_000, maxStringLength: 10_000 });
  });

  it('takes one token key source: a shared secret, a public key or a JWKS URL', () => {
    const secret = 'a'.repeat(32);
    expect(loadConfig({ AUTH_JWT_SECRET: secret }).auth.key).toEqual({ kind: 'secret', secret });
    const pem = '-----BEGIN PUBLIC KEY-----\\nMCowBQYDK2VwAyEA\\n-----END PUBLIC KEY-----';
    expect(loadConfig({ AUTH_JWT_PUBLIC_KEY: pem }).auth.key).toEqual({
      kind: 'publicKey',
      pem: '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----',
    });
    expect(loadConfig({ AUTH_JWKS_URL: 'https://id.example/jwks.json' }).auth.key).toEqual({ kind: 'jwks', url: 'https://id.example/jwks.json' });
    expect(() => loadConfig({ AUTH_JWT_SECRET: secret, AUTH_JWKS_URL: 'https://id.example/jwks.json' })).toThrow(/only one/);
    expect(() => loadConfig({ AUTH_JWT_SECRET: 'short' })).toThrow(/AUTH_JWT_SECRET/);
    expect(() => loadConfig({ AUTH_JWKS_URL: 'not a url' })).toThrow(/AUTH_JWKS_URL/);
    expect(() => loadConfig({ AUTH_JWT_PUBLIC_KEY: 'nonsense' })).toThrow(/AUTH_JWT_PUBLIC_KEY/);
  });

  it('reads PORT, HOST, DATA_DIR, GRAPHQL_INTROSPECTION and MAX_BODY_BYTES', () => {
    const config = loadConfig({ PORT: '8080', HOST: '0.0.0.0', DATA_DIR: '/tmp/x', GRAPHQL_INTROSPECTION: 'off', MAX_BODY_BYTES: '2048' });
    expect(config).toMatchObject({ port: 8080, host: '0.0.0.0', dataDir: '/tmp/x', introspection: false, maxBodyBytes: 2048 });
  });

  it('keeps introspection off unless asked for', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(loadConfig({ GRAPHQL_INTROSPECTION: 'true' }).introspection).toBe(true);
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
