import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import { createTokenVerifier, mintToken } from '../../../src/auth/tokens';
import type { AuthConfig } from '../../../src/config';

describe('bearer tokens', () => {
  let dir: string;
  let config: AuthConfig;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'aol-auth-'));
    config = { key: { kind: 'local', keyFile: path.join(dir, 'key.pem') }, issuer: 'iss', audience: 'aud', clockSkewSeconds: 5 };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('mints with the local key (made once, owner-only) and verifies into the actor', async () => {
    const token = await mintToken(config, { subject: 'clerk-7', role: 'BUREAU_STAFF', bureauId: '330106', expiresIn: 60 });
    expect(statSync(config.key.kind === 'local' ? config.key.keyFile : '').mode & 0o777).toBe(0o600);
    await expect(createTokenVerifier(config)(token)).resolves.toEqual({ id: 'clerk-7', role: 'BUREAU_STAFF', bureauId: '330106' });
  });

  it('refuses other issuers, audiences, expired tokens and missing bindings with stable reasons', async () => {
    const verify = createTokenVerifier(config);
    const other = { ...config, issuer: 'someone-else' };
    await expect(verify(await mintToken(other, { subject: 'a', role: 'NATIONAL_ADMIN', expiresIn: 60 }))).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_INVALID',
    });
    await expect(verify(await mintToken(config, { subject: 'a', role: 'NATIONAL_ADMIN', expiresIn: -30 }))).rejects.toMatchObject({
      reason: 'TOKEN_EXPIRED',
    });
    await expect(verify(await mintToken(config, { subject: 'a', role: 'AUDITOR', expiresIn: 60 }))).rejects.toMatchObject({
      reason: 'TOKEN_CLAIMS_INVALID',
    });
  });

  it('verifies HS256 tokens with a shared secret and refuses the local key then', async () => {
    const secret = 's'.repeat(40);
    const shared: AuthConfig = { ...config, key: { kind: 'secret', secret } };
    const token = await new SignJWT({ role: 'ANALYST', regionCode: '330000' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('an-1')
      .setIssuer('iss')
      .setAudience('aud')
      .setExpirationTime('1h')
      .sign(Buffer.from(secret));
    await expect(createTokenVerifier(shared)(token)).resolves.toEqual({ id: 'an-1', role: 'ANALYST', regionCode: '330000' });
    const local = await mintToken(config, { subject: 'a', role: 'NATIONAL_ADMIN', expiresIn: 60 });
    await expect(createTokenVerifier(shared)(local)).rejects.toMatchObject({ reason: 'TOKEN_INVALID' });
  });
});
