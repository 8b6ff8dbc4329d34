import { serverAudits, type Audit, type AuditResult } from 'graphql-http';
import { ADMIN, TestServer } from '../support/test-server';

/**
 * graphql-http's server audit suite (the GraphQL-over-HTTP spec's conformance checks), run against a real server
 * over HTTP with an administrator's bearer token added to whatever each audit sends. MUST audits must pass;
 * SHOULD and MAY audits are reported (console.info) and do not fail the suite.
 *
 * Two configurations: as shipped (introspection off) and with GRAPHQL_INTROSPECTION=true. Several audits use
 * `__type(...)` as their query, which the shipped server refuses on purpose (introspection is off unless enabled:
 * issue 6); Apollo answers that validation failure with HTTP 400, where the audit expects 200, and so two MUST
 * audits fail as shipped, by design of the introspection policy, not of the HTTP layer. They are marked
 * `it.failing` below; with introspection on, every MUST audit passes.
 */
const KNOWN_MUST_FAILURES: Record<string, Record<string, string>> = {
  'as shipped (introspection off)': {
    // Introspection off by design: POST {"query":"{ __type(name: \"Run🏃Swim🏊\") { name } }"} with content-type application/json;
    // charset=utf-8 answers 400 GRAPHQL_VALIDATION_FAILED ("GraphQL introspection is not allowed…"); the audit wants 200.
    BF61: 'MUST accept utf-8 encoded request',
    // Introspection off by design: POST {"query":"query Type($name: String!) { __type(name: $name) { name } }","variables":{"name":"sometype"}}
    // with accept application/json answers 400 GRAPHQL_VALIDATION_FAILED, likewise; the audit wants 200.
    '28B9': 'MUST allow map {variables} parameter when accepting application/json',
  },
  'with GRAPHQL_INTROSPECTION=true': {},
};

function auditsFor(server: () => TestServer): Audit[] {
  return serverAudits({
    url: () => server().url,
    // Adds the token and keeps everything the audit sends (method, headers, body) as it is.
    fetchFn: async (input: string | URL | Request, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      if (!headers.has('authorization')) headers.set('authorization', (await server().headersFor(ADMIN)).authorization as string);
      return fetch(input, { ...init, headers });
    },
  });
}

const describeResult = (result: AuditResult) =>
  result.status === 'ok' ? 'ok' : `${result.status}: ${result.reason} (HTTP ${result.response.status})`;

describe.each([
  ['as shipped (introspection off)', {}],
  ['with GRAPHQL_INTROSPECTION=true', { GRAPHQL_INTROSPECTION: 'true' }],
] as const)('graphql-http server audits, %s', (configuration, env) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start(env);
  });
  afterAll(() => server.stop());

  const knownFailures = KNOWN_MUST_FAILURES[configuration] ?? {};
  for (const audit of auditsFor(() => server)) {
    const mandatory = audit.name.startsWith('MUST');
    const run = mandatory && audit.id in knownFailures ? it.failing : it;
    run(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      if (mandatory) {
        expect(`${audit.id}: ${describeResult(result)}`).toBe(`${audit.id}: ok`);
      } else {
        console.info(`[${configuration}] ${audit.id} ${audit.name}: ${describeResult(result)}`);
      }
    });
  }

  it('has the known failures it marks: each is a MUST audit of the suite', () => {
    const mandatory = new Set(auditsFor(() => server).filter((a) => a.name.startsWith('MUST')).map((a) => `${a.id} ${a.name}`));
    for (const [id, name] of Object.entries(knownFailures)) expect(mandatory).toContain(`${id} ${name}`);
  });
});
