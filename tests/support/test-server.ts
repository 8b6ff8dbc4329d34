import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { loadConfig } from '../../src/config';
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

export const ADMIN = { 'x-actor-id': 'admin-1', 'x-actor-role': 'NATIONAL_ADMIN' } as const;
export const clerkOf = (bureauId: string) => ({ 'x-actor-id': `clerk-${bureauId}`, 'x-actor-role': 'BUREAU_STAFF', 'x-actor-bureau': bureauId });

/** A real server process-in-process on a temporary data folder and a free port, spoken to over HTTP. */
export class TestServer {
  private constructor(readonly app: RunningApp, private readonly dataDir: string) {}

  static async start(env: Record<string, string> = {}): Promise<TestServer> {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aol-e2e-'));
    const app = await startApp(loadConfig({ PORT: '0', DATA_DIR: dataDir, ...env }));
    return new TestServer(app, dataDir);
  }

  get url(): string {
    return this.app.url;
  }

  async request<TData, TVars>(
    document: TypedDocumentNode<TData, TVars>,
    variables: TVars,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<TData>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<TData>, 'status'>;
    return { status: response.status, ...body };
  }

  /** The data of a request that must succeed. */
  async ok<TData, TVars>(document: TypedDocumentNode<TData, TVars>, variables: TVars, headers: Record<string, string> = ADMIN): Promise<TData> {
    const result = await this.request(document, variables, headers);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as TData;
  }

  headPosition(): Promise<number> {
    return this.app.eventStore.headPosition();
  }

  async stop(): Promise<void> {
    await this.app.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
