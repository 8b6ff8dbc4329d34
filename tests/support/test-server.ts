import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { LedgerClaims } from '../../src/auth/claims';
import { mintToken } from '../../src/auth/tokens';
import { loadConfig, type Config } from '../../src/config';
import { startApp, type RunningApp } from '../../src/main';

export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; reason?: string; field?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLErrorShape[];
}

/** An answer read loosely (plain query strings, without the typed operations). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any;
export interface LooseResponse {
  status: number;
  data?: Loose;
  errors?: Loose[];
}

/** Who a test request acts as: the claims of the token the test server mints for it. */

export type As = LedgerClaims & { sub: string };

export const ADMIN: As = { sub: 'admin-1', role: 'NATIONAL_ADMIN' };
export const clerkOf = (bureauId: string): As => ({ sub: `clerk-${bureauId}`, role: 'BUREAU_STAFF', bureauId });
export const auditorOf = (regionCode: string): As => ({ sub: `auditor-${regionCode}`, role: 'AUDITOR', regionCode });
export const analystOf = (regionCode: string): As => ({ sub: `analyst-${regionCode}`, role: 'ANALYST', regionCode });
export const reporterOf = (unitId: string): As => ({ sub: `reporter-${unitId}`, role: 'UNIT_REPORTER', unitId });

/** A real server process-in-process on a temporary data folder and a free port, spoken to over HTTP. */
export class TestServer {
  private readonly tokens = new Map<string, string>();

  private constructor(readonly app: RunningApp, readonly config: Config, private readonly dataDir: string) {}

  static async start(env: Record<string, string> = {}): Promise<TestServer> {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aol-e2e-'));
    const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env });
    const app = await startApp(config);
    return new TestServer(app, config, dataDir);
  }

  /** The Authorization header of a token for `as` (minted once, with the server's own key). */
  async headersFor(as: As | null): Promise<Record<string, string>> {
    if (as === null) return {};
    const key = JSON.stringify(as);
    let token = this.tokens.get(key);
    if (!token) {
      const { sub, ...claims } = as;
      token = await mintToken(this.config.auth, { ...claims, subject: sub, expiresIn: 3600 });
      this.tokens.set(key, token);
    }
    return { authorization: `Bearer ${token}` };
  }

  get url(): string {
    return this.app.url;
  }

  async request<TData, TVars>(
    document: TypedDocumentNode<TData, TVars>,
    variables: TVars,
    as: As | null = ADMIN,
  ): Promise<GraphQLResponse<TData>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await this.headersFor(as)) },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<TData>, 'status'>;
    return { status: response.status, ...body };
  }

  /** The data of a request that must succeed. */
  async ok<TData, TVars>(document: TypedDocumentNode<TData, TVars>, variables: TVars, as: As = ADMIN): Promise<TData> {
    const result = await this.request(document, variables, as);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as TData;
  }

  /** A plain query string's answer (tests that read answers loosely, without the typed operations). */
  async gql(query: string, variables: Record<string, unknown> = {}, as: As | null = ADMIN): Promise<LooseResponse> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await this.headersFor(as)) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as Omit<LooseResponse, 'status'>) };
  }

  /** The data of a plain query string that must succeed. */
  async gqlOk(query: string, variables: Record<string, unknown> = {}, as: As = ADMIN): Promise<Loose> {
    const result = await this.gql(query, variables, as);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  headPosition(): Promise<number> {
    return this.app.eventStore.headPosition();
  }

  async stop(): Promise<void> {
    await this.app.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
