import { createPublicKey, createSecretKey, type KeyObject } from 'node:crypto';
import { createRemoteJWKSet, errors, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import type { AuthConfig } from '../config';
import { UnauthenticatedError } from '../domain/shared/errors';
import type { Actor } from '../domain/shared/event';
import { actorFromClaims, type LedgerClaims } from './claims';
import { loadOrCreateLocalKey, type SigningKey } from './local-key';

export type TokenVerifier = (token: string) => Promise<Actor>;

/** How many verified tokens are remembered, and for how long at most (a token is never kept past its `exp`). */
const VERIFIED_TOKENS_KEPT = 10_000;
const VERIFIED_TOKEN_TTL_MS = 10 * 60_000;

const ASYMMETRIC = ['EdDSA', 'ES256', 'ES384', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512'];

/** Verifies a bearer token: signature, issuer, audience, expiry (with the configured clock skew), then our claims. */
export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  let key: KeyObject | JWTVerifyGetKey;
  let algorithms: string[];
  switch (config.key.kind) {
    case 'secret':
      key = createSecretKey(Buffer.from(config.key.secret, 'utf8'));
      algorithms = ['HS256', 'HS384', 'HS512'];
      break;
    case 'publicKey':
      key = createPublicKey(config.key.pem);
      algorithms = ASYMMETRIC;
      break;
    case 'jwks':
      key = createRemoteJWKSet(new URL(config.key.url));
      algorithms = ASYMMETRIC;
      break;
    case 'local':
      key = loadOrCreateLocalKey(config.key.keyFile).publicKey;
      algorithms = ['EdDSA'];
      break;
  }
  // A token verified once stands until it expires (verification is stateless: asking again gives the same answer
  // until `exp`), so a client's repeated requests skip the signature check — about 8% of a small read's CPU.
  const verified = new Map<string, { actor: Actor; until: number }>();
  return async (token) => {
    const cached = verified.get(token);
    if (cached !== undefined) {
      if (Date.now() < cached.until) return cached.actor;
      verified.delete(token);
    }
    try {
      const { payload } = await jwtVerify(token, key as KeyObject, {
        issuer: config.issuer,
        audience: config.audience,
        clockTolerance: config.clockSkewSeconds,
        algorithms,
        requiredClaims: ['exp', 'sub'],
      });
      const actor = actorFromClaims(payload);
      if (verified.size >= VERIFIED_TOKENS_KEPT) verified.clear(); // bounded: many clients start over, that is all
      verified.set(token, { actor, until: Math.min((payload.exp as number) * 1000, Date.now() + VERIFIED_TOKEN_TTL_MS) });
      return actor;
    } catch (error) {
      if (error instanceof UnauthenticatedError) throw error;
      if (error instanceof errors.JWTExpired) throw new UnauthenticatedError('The token has expired', 'TOKEN_EXPIRED');
      throw new UnauthenticatedError('The token is not valid', 'TOKEN_INVALID');
    }
  };
}

export interface MintOptions extends LedgerClaims {
  subject: string;
  /** Lifetime in seconds. */
  expiresIn: number;
}

/** Signs a token with the embedded mode's local key, or with the shared secret when one is configured. */
export async function mintToken(config: AuthConfig, options: MintOptions): Promise<string> {
  const claims: Record<string, unknown> = { role: options.role };
  if (options.bureauId !== undefined) claims.bureauId = options.bureauId;
  if (options.regionCode !== undefined) claims.regionCode = options.regionCode;
  if (options.unitId !== undefined) claims.unitId = options.unitId;
  const jwt = new SignJWT(claims)
    .setSubject(options.subject)
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + options.expiresIn);
  if (config.key.kind === 'secret') {
    return jwt.setProtectedHeader({ alg: 'HS256' }).sign(createSecretKey(Buffer.from(config.key.secret, 'utf8')));
  }
  if (config.key.kind !== 'local') {
    throw new Error('Tokens are minted here only with the local key or a shared secret; use your identity provider');
  }
  const signing: SigningKey = loadOrCreateLocalKey(config.key.keyFile);
  return jwt.setProtectedHeader({ alg: 'EdDSA', kid: signing.keyId }).sign(signing.privateKey);
}
