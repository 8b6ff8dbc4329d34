import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { print } from 'graphql';
import { generateKeyPair, SignJWT } from 'jose';
import { mintToken, type MintOptions } from '../../src/auth/tokens';
import { makeCreditCode } from '../../src/domain/shared/credit-code';
import {
  AmendUnitDetailsDocument,
  AssignArchivistDocument,
  ClassifyUnitDocument,
  DeregisterUnitDocument,
  EstablishBureauDocument,
  ImportUnitsDocument,
  RegisterUnitDocument,
  ReleaseArchivistDocument,
  TransferUnitDocument,
} from '../support/generated/operations';
import {
  FUZZ_ARCHIVIST,
  FUZZ_BUREAUS,
  fuzzUnits,
  mangledVariables,
  wellTypedInputs,
  type MutationName,
} from '../support/hostile-arbitraries';
import { errorProblems, postOnce, postRaw, rawRequest, type RawAnswer } from '../support/raw-http';
import { ADMIN, clerkOf, TestServer, type As } from '../support/test-server';

/**
 * Issue 6, hostile input: random and malformed variables at every mutation (as the administrator and as a county
 * clerk) must answer success or errors with a known code, never an internal error or internals in a message, and
 * the event log must grow only by what a success says it appended. Then the limits, one by one.
 */

let server: TestServer;
let workbook: Buffer;
const CLERK = clerkOf('330106');

async function buildWorkbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('units');
  sheet.addRow(['统一社会信用代码', '单位名称', '单位类别', '行政区划代码', '主管档案局']);
  sheet.addRow([makeCreditCode(72_000_001, { region: '330106' }), '表格导入单位一', '企业', '330106', '330106']);
  sheet.addRow([makeCreditCode(72_000_002, { region: '330106' }), '表格导入单位二', '机关', '330106', '330106']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

beforeAll(async () => {
  server = await TestServer.start();
  for (const regionCode of FUZZ_BUREAUS) await server.ok(EstablishBureauDocument, { input: { regionCode, name: `${regionCode} 档案局` } });
  for (let index = 0; index < MUTATION_NAMES.length; index++) {
    for (const { unitId, bureauId, regionCode } of fuzzUnits(index)) {
      await server.ok(RegisterUnitDocument, { input: { unitId, name: `模糊测试单位 ${unitId}`, category: 'ENTERPRISE', regionCode, bureauId } });
      await server.ok(AssignArchivistDocument, { input: { unitId, ...FUZZ_ARCHIVIST } });
    }
  }
  workbook = await buildWorkbook();
});
afterAll(() => server.stop());

type Payload = Record<string, unknown>;
const MUTATIONS: Record<MutationName, { query: string; appended: (payload: Payload) => number }> = {
  establishBureau: { query: print(EstablishBureauDocument), appended: (p) => (p.eventIds as unknown[]).length },
  registerUnit: { query: print(RegisterUnitDocument), appended: (p) => (p.eventIds as unknown[]).length },
  amendUnitDetails: { query: print(AmendUnitDetailsDocument), appended: (p) => (p.eventIds as unknown[]).length },
  classifyUnit: { query: print(ClassifyUnitDocument), appended: (p) => (p.eventIds as unknown[]).length },
  transferUnit: { query: print(TransferUnitDocument), appended: (p) => (p.eventIds as unknown[]).length },
  deregisterUnit: { query: print(DeregisterUnitDocument), appended: (p) => (p.eventIds as unknown[]).length },
  assignArchivist: { query: print(AssignArchivistDocument), appended: (p) => (p.eventIds as unknown[]).length },
  releaseArchivist: { query: print(ReleaseArchivistDocument), appended: (p) => (p.eventIds as unknown[]).length },
  importUnits: { query: print(ImportUnitsDocument), appended: (p) => p.imported as number },
};
const MUTATION_NAMES = Object.keys(MUTATIONS) as MutationName[];

/** The problems with one answer to one mutation; empty when it is sound. */
function judge(name: MutationName, sent: string, answer: RawAnswer, grown: number): string[] {
  if (!answer.body) return [`the answer is not JSON (HTTP ${answer.status}): ${answer.text.slice(0, 200)}`];
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`HTTP ${answer.status}`);
  const errors = answer.body.errors ?? [];
  problems.push(...errorProblems(errors, sent));
  const payload = (answer.body.data?.[name] ?? null) as Payload | null;
  if (payload === null) {
    if (errors.length === 0) problems.push('neither data nor errors');
    if (grown !== 0) problems.push(`the mutation failed, yet the log grew by ${grown}`);
    return problems;
  }
  const appended = MUTATIONS[name].appended(payload);
  if (grown !== appended) problems.push(`the answer says ${appended} appended, the log grew by ${grown}`);
  if (name === 'importUnits') problems.push(...errorProblems((payload.errors as { message: string }[]).map((e) => ({ ...e, extensions: { code: 'BAD_USER_INPUT' } })), sent));
  return problems;
}

/** Sends one mutation and judges the answer; true when the mutation succeeded. */
async function sendAndJudge(name: MutationName, variables: unknown, as: As): Promise<boolean> {
  const sent = JSON.stringify({ query: MUTATIONS[name].query, variables });
  const before = await server.headPosition();
  const answer = await postRaw(server.url, sent, await server.headersFor(as));
  const grown = (await server.headPosition()) - before;
  const problems = judge(name, sent, answer, grown);
  if (problems.length > 0) throw new Error(`${problems.join('\n')}\nanswer (HTTP ${answer.status}): ${answer.text.slice(0, 600)}`);
  return (answer.body?.data?.[name] ?? null) !== null;
}

const role = fc.constantFrom(ADMIN, CLERK);
/** Bounded: 150 runs a property, and a time limit so that the whole file stays well under a minute. */
const RUNS = { numRuns: 150, interruptAfterTimeLimit: 10_000 };

describe('fuzzing every mutation', () => {
  describe.each(MUTATION_NAMES.map((name, index) => [name, index] as const))('%s', (name, index) => {
    const inputOf = () => wellTypedInputs(fuzzUnits(index).map((u) => u.unitId), workbook)[name] as fc.Arbitrary<Record<string, unknown>>;

    it('answers well-typed hostile values with success or a known code, and the log grows only on success', async () => {
      let successes = 0;
      await fc.assert(
        fc.asyncProperty(role, inputOf(), async (as, value) => {
          if (await sendAndJudge(name, { input: value }, as)) successes++;
        }),
        RUNS,
      );
      // The values lean plausible often enough that the fuzz gets past validation into the domain and the log.
      expect(successes).toBeGreaterThan(0);
    }, 30_000);

    it('answers mangled variables (wrong types, missing or unknown fields, nulls, garbage, bad enums and dates) the same way', async () => {
      const input = inputOf();
      await fc.assert(
        fc.asyncProperty(role, mangledVariables(input), async (as, variables) => {
          await sendAndJudge(name, variables, as);
        }),
        RUNS,
      );
    }, 30_000);
  });

  it('answers malformed requests (random bodies, content types and parameters) with a known code and writes nothing', async () => {
    const contentType = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'application/graphql-response+json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml');
    const queryText = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom('{ __typename }', 'query {', '{ units { totalCount } }', 'mutation { nope }', 'subscription { x }', '{ unit(id: 1) { unitId } }', '{ __schema { types { name } } }'));
    const body = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.record({ query: fc.oneof(queryText, fc.jsonValue({ maxDepth: 2 })), variables: fc.jsonValue({ maxDepth: 2 }), operationName: fc.jsonValue({ maxDepth: 1 }), extensions: fc.jsonValue({ maxDepth: 2 }) }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
    );
    const headers = await server.headersFor(ADMIN);
    await fc.assert(
      fc.asyncProperty(contentType, body, async (type, text) => {
        const before = await server.headPosition();
        const answer = await postRaw(server.url, text, { ...headers, 'content-type': type });
        const problems = answer.status >= 500 ? [`HTTP ${answer.status}`] : [];
        problems.push(...errorProblems(answer.body?.errors ?? [], text));
        if ((await server.headPosition()) !== before) problems.push('the log grew');
        if (problems.length > 0) throw new Error(`${problems.join('\n')}\nanswer (HTTP ${answer.status}): ${answer.text.slice(0, 400)}`);
      }),
      RUNS,
    );
  }, 30_000);
});

// -------------------------------------------------------------------------------------------------------------------

const codeOf = (answer: RawAnswer) => answer.body?.errors?.[0]?.extensions?.code;
async function asAdmin(body: unknown, extra: Record<string, string> = {}): Promise<RawAnswer> {
  return postRaw(server.url, body, { ...(await server.headersFor(ADMIN)), ...extra });
}
/** Runs a request and asserts that the event log did not move. */
async function writesNothing<T>(request: () => Promise<T>): Promise<T> {
  const before = await server.headPosition();
  const result = await request();
  expect(await server.headPosition()).toBe(before);
  return result;
}

describe('request limits', () => {
  const nestedParents = (parents: number) => `{ bureau(id: "330106") { ${'parent { '.repeat(parents)}bureauId${' }'.repeat(parents)} } }`;

  it('serves a query exactly at the depth limit and refuses one a level deeper, before running it', async () => {
    const max = server.config.limits.maxDepth;
    // bureau + n parents + bureauId: n + 2 levels.
    const atLimit = await asAdmin({ query: nestedParents(max - 2) });
    expect(atLimit.status).toBe(200);
    expect(atLimit.body?.errors).toBeUndefined();
    const tooDeep = await asAdmin({ query: nestedParents(max - 1) });
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.body?.errors?.[0]?.message).toBe(`The query is ${max + 1} levels deep; at most ${max} are allowed`);
    expect(tooDeep.body?.data ?? null).toBeNull();
  });

  it('refuses a query deeper than the limit with QUERY_TOO_DEEP (once GRAPHQL_VALIDATION_FAILED: Apollo recodes validation rules)', async () => {
    const tooDeep = await asAdmin({ query: nestedParents(server.config.limits.maxDepth - 1) });
    expect(codeOf(tooDeep)).toBe('QUERY_TOO_DEEP');
  });

  it('refuses a page larger than the largest with INVALID_PAGE_SIZE', async () => {
    for (const first of [101, 100_000, 0, -1]) {
      const answer = await asAdmin({ query: 'query($first: Int) { units(first: $first) { totalCount } }', variables: { first } });
      expect(answer.body?.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_PAGE_SIZE' });
    }
    const history = await asAdmin({ query: `{ unitHistory(unitId: "${fuzzUnits(0)[0]?.unitId}", first: 1000) { totalCount } }` });
    expect(history.body?.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_PAGE_SIZE' });
  });

  it('refuses an over-complex query (regions nested three levels of children) with QUERY_TOO_COMPLEX', async () => {
    const answer = await asAdmin({ query: '{ region(code: "000000") { children { children { children { code unitCount } } } } }' });
    expect(answer.status).toBe(400);
    expect(codeOf(answer)).toBe('QUERY_TOO_COMPLEX');
    expect(answer.body?.data ?? null).toBeNull();
  });

  it('refuses a variable string longer than the limit with INPUT_TOO_LONG, before anything runs', async () => {
    const max = server.config.limits.maxStringLength;
    const input = (name: string) => ({ unitId: makeCreditCode(72_100_000, { region: '330106' }), name, category: 'ENTERPRISE', regionCode: '330106', bureauId: '330106' });
    const tooLong = await writesNothing(() => asAdmin({ query: print(RegisterUnitDocument), variables: { input: input('名'.repeat(max + 1)) } }));
    expect(tooLong.status).toBe(400);
    expect(codeOf(tooLong)).toBe('INPUT_TOO_LONG');
    // At the limit the request runs, and the domain's own (shorter) limit on names answers.
    const atLimit = await writesNothing(() => asAdmin({ query: print(RegisterUnitDocument), variables: { input: input('名'.repeat(max)) } }));
    expect(atLimit.body?.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_LONG', field: 'name' });
  });

  it('refuses variables that do not coerce (wrong type, bad enum, missing field, null, bad date) with BAD_USER_INPUT, not a 500', async () => {
    const unitId = fuzzUnits(0)[0]?.unitId;
    for (const input of [
      { unitId: 5, unitClass: 'NOPE' },
      { unitId, unitClass: 'first' },
      { unitClass: 'FIRST' },
      { unitId: null, unitClass: 'FIRST' },
      { unitId, unitClass: 'FIRST', occurredAt: '2025-02-30T00:00:00Z' },
      { unitId, unitClass: 'FIRST', nonsense: { a: [1, { b: null }] } },
    ]) {
      const answer = await writesNothing(() => asAdmin({ query: print(ClassifyUnitDocument), variables: { input } }));
      expect(answer.status).toBeLessThan(500);
      expect(answer.body?.errors?.map((e) => e.extensions?.code)).toEqual(expect.arrayContaining(['BAD_USER_INPUT']));
      expect(errorProblems(answer.body?.errors ?? [], JSON.stringify(input))).toEqual([]);
    }
  });

  // Once answered 500: the walk over the variables recursed and overflowed the stack.
  it('refuses variables nested tens of thousands of levels deep with INPUT_TOO_DEEP, never a 500', async () => {
    const depth = 50_000; // a 300 KB body, far under MAX_BODY_BYTES; the overflow begins near 8,000 levels, by stack size
    const input = `${'{"a":'.repeat(depth)}"x"${'}'.repeat(depth)}`;
    const answer = await writesNothing(() => asAdmin(`{"query":${JSON.stringify(print(ClassifyUnitDocument))},"variables":{"input":${input}}}`));
    expect(codeOf(answer)).toBe('INPUT_TOO_DEEP');
    expect(answer.status).toBe(400);
    expect(errorProblems(answer.body?.errors ?? [], '')).toEqual([]);
  });
});

describe('what the HTTP layer refuses', () => {
  it('blocks a GET without a CSRF-safe header with Apollo\'s CSRF prevention (400), and serves it with one', async () => {
    const url = `${server.url}?query=${encodeURIComponent('{ __typename }')}`;
    const auth = await server.headersFor(ADMIN);
    const blocked = await rawRequest(url, { headers: auth });
    expect(blocked.status).toBe(400);
    expect(blocked.body?.errors?.[0]?.message).toMatch(/Cross-Site Request Forgery \(CSRF\)/);
    expect(codeOf(blocked)).toBe('BAD_REQUEST');
    const simplePost = await writesNothing(() => postRaw(server.url, JSON.stringify({ query: print(RegisterUnitDocument), variables: {} }), { ...auth, 'content-type': 'text/plain' }));
    expect(simplePost.status).toBe(400);
    expect(simplePost.body?.errors?.[0]?.message).toMatch(/CSRF/);
    const preflighted = await rawRequest(url, { headers: { ...auth, 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
    expect(preflighted.body?.data).toEqual({ __typename: 'Query' });
  });

  it('refuses a mutation sent over GET, and writes nothing', async () => {
    const mutation = `mutation { establishBureau(input: { regionCode: "330102", name: "上城区档案局" }) { position } }`;
    const answer = await writesNothing(async () =>
      rawRequest(`${server.url}?query=${encodeURIComponent(mutation)}`, { headers: { ...(await server.headersFor(ADMIN)), 'apollo-require-preflight': 'true' } }),
    );
    expect(answer.status).toBe(405);
    expect(codeOf(answer)).toBe('BAD_REQUEST');
  });

  it('refuses introspection by default, and serves no landing page', async () => {
    for (const query of ['{ __schema { queryType { name } } }', '{ __type(name: "Unit") { name } }']) {
      const answer = await asAdmin({ query });
      expect(answer.status).toBe(400);
      expect(codeOf(answer)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(answer.body?.data ?? null).toBeNull();
    }
    const page = await rawRequest(server.url, { headers: { ...(await server.headersFor(ADMIN)), accept: 'text/html' } });
    expect(page.contentType).not.toMatch(/text\/html/);
    expect(page.text).not.toMatch(/<html/i);
  });

  // Once answered INTERNAL_SERVER_ERROR (Apollo's code-less "provided sha does not match query"): persisted queries
  // are now off, and any request that asks for one is told so with a stable code.
  it('answers a persisted-query hash with PERSISTED_QUERY_NOT_SUPPORTED, never an internal error', async () => {
    const answer = await asAdmin({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } });
    expect(errorProblems(answer.body?.errors ?? [], '')).toEqual([]);
    expect(codeOf(answer)).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    const hashOnly = await asAdmin({ extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } });
    expect(codeOf(hashOnly)).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
  });

  // Once answered INTERNAL_SERVER_ERROR (CI's fuzz found `"operationName":""`): an operation name that names no
  // operation of the document reached the compiled executor with no operation at all.
  it('answers an operation name that names no operation with OPERATION_RESOLUTION_FAILURE, never an internal error', async () => {
    for (const operationName of ['', 'Nope']) {
      for (const query of ['{ __typename }', 'query A { __typename } query B { __typename }', 'mutation { nope }']) {
        const answer = await writesNothing(() => asAdmin({ query, operationName }));
        expect(answer.status).toBeLessThan(500);
        expect(errorProblems(answer.body?.errors ?? [], '')).toEqual([]);
        if (query !== 'mutation { nope }') expect(codeOf(answer)).toBe('OPERATION_RESOLUTION_FAILURE');
      }
    }
    const twoWithoutName = await asAdmin({ query: 'query A { __typename } query B { __typename }' });
    expect(codeOf(twoWithoutName)).toBe('OPERATION_RESOLUTION_FAILURE');
    const named = await asAdmin({ query: 'query A { __typename } query B { __typename }', operationName: 'B' });
    expect(named.body?.data).toEqual({ __typename: 'Query' });
  });

  it('counts rows whose idempotency key was replayed as unchanged, not imported (once over-counted)', async () => {
    const unitId = makeCreditCode(72_200_000, { region: '330106' });
    const file = (name: string) => `unit_id,name,category,region_code,bureau_id\n${unitId},${name},企业,330106,330106\n`;
    const idempotencyKey = `import-${unitId}`;
    const importWith = async (name: string) => {
      const before = await server.headPosition();
      const { importUnits } = await server.ok(ImportUnitsDocument, { input: { format: 'CSV', content: file(name), idempotencyKey } });
      return { imported: importUnits.imported, grown: (await server.headPosition()) - before };
    };
    expect(await importWith('第一次导入的名称')).toEqual({ imported: 1, grown: 1 });
    // The same key again, with other details (so the row is not "unchanged"): the command handler's idempotency
    // shortcut returns the first events without appending, and UnitImporter counts any result with events.
    const retry = await importWith('第二次导入的名称');
    expect(retry.imported).toBe(retry.grown);
  });
});

describe('the request body limit', () => {
  let small: TestServer;
  beforeAll(async () => {
    small = await TestServer.start({ MAX_BODY_BYTES: '4096' });
  });
  afterAll(() => small.stop());

  const bodyOf = (bytes: number) => {
    const shell = JSON.stringify({ query: '{ __typename }', variables: { pad: '' } });
    return JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(bytes - shell.length) } });
  };

  it('serves a body at the limit and refuses a larger one with 413 PAYLOAD_TOO_LARGE', async () => {
    const auth = await small.headersFor(ADMIN);
    const atLimit = await postOnce(small.url, bodyOf(4096), auth);
    expect(atLimit.status).toBe(200);
    expect(atLimit.body?.data).toEqual({ __typename: 'Query' });
    for (const bytes of [4097, 1024 * 1024]) {
      const before = await small.headPosition();
      const tooLarge = await postOnce(small.url, bodyOf(bytes), auth);
      expect(tooLarge.status).toBe(413);
      expect(codeOf(tooLarge)).toBe('PAYLOAD_TOO_LARGE');
      expect(await small.headPosition()).toBe(before);
    }
    expect((await rawRequest(small.url.replace('/graphql', '/healthz'), {})).status).toBe(200);
  });
});

describe('introspection when enabled', () => {
  let open: TestServer;
  beforeAll(async () => {
    open = await TestServer.start({ GRAPHQL_INTROSPECTION: 'true' });
  });
  afterAll(() => open.stop());

  it('answers introspection with GRAPHQL_INTROSPECTION=true (to an authenticated caller only)', async () => {
    const query = { query: '{ __schema { queryType { name } mutationType { name } } }' };
    const answer = await postRaw(open.url, query, await open.headersFor(ADMIN));
    expect(answer.body).toEqual({ data: { __schema: { queryType: { name: 'Query' }, mutationType: { name: 'Mutation' } } } });
    expect((await postRaw(open.url, query)).status).toBe(401);
  });
});

describe('tokens', () => {
  const registration = () => ({
    query: print(RegisterUnitDocument),
    variables: { input: { unitId: makeCreditCode(72_300_000, { region: '330106' }), name: '令牌测试单位', category: 'ENTERPRISE', regionCode: '330106', bureauId: '330106' } },
  });
  const refused = async (token: string, reason: string) => {
    const answer = await writesNothing(() => postRaw(server.url, registration(), { authorization: `Bearer ${token}` }));
    expect(answer.status).toBe(401);
    expect(answer.body?.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason });
    expect(answer.body).not.toHaveProperty('data');
  };
  /** Claims as a token might carry them, valid or not (`role` any string). */
  type Claims = Omit<Partial<MintOptions>, 'role'> & { role?: string };
  const mint = (options: Claims, auth = server.config.auth) =>
    mintToken(auth, { role: 'NATIONAL_ADMIN', subject: 'someone', expiresIn: 3600, ...options } as MintOptions);

  it('refuses an expired token with TOKEN_EXPIRED', async () => {
    await refused(await mint({ expiresIn: -3600 }), 'TOKEN_EXPIRED');
  });

  it('refuses a token signed by another key, with no signature, or for another audience, with TOKEN_INVALID', async () => {
    const { issuer, audience } = server.config.auth;
    const { privateKey } = await generateKeyPair('EdDSA');
    const forged = await new SignJWT({ role: 'NATIONAL_ADMIN' })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject('mallory')
      .setIssuer(issuer)
      .setAudience(audience)
      .setExpirationTime('1h')
      .sign(privateKey);
    await refused(forged, 'TOKEN_INVALID');
    const [header, payload] = forged.split('.');
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${payload}.`;
    await refused(unsigned, 'TOKEN_INVALID');
    await refused(`${header}.${payload}.${Buffer.from('not a signature').toString('base64url')}`, 'TOKEN_INVALID');
    await refused(await mint({}, { ...server.config.auth, audience: 'another-service' }), 'TOKEN_INVALID');
  });

  it('refuses a token whose role lacks its binding, or claims a role no token may carry, with TOKEN_CLAIMS_INVALID', async () => {
    await refused(await mint({ role: 'BUREAU_STAFF' }), 'TOKEN_CLAIMS_INVALID'); // no bureauId
    await refused(await mint({ role: 'BUREAU_STAFF', bureauId: '999999' }), 'TOKEN_CLAIMS_INVALID');
    await refused(await mint({ role: 'AUDITOR' }), 'TOKEN_CLAIMS_INVALID'); // no regionCode
    await refused(await mint({ role: 'UNIT_REPORTER', unitId: '91110108551385082A' }), 'TOKEN_CLAIMS_INVALID');
    await refused(await mint({ role: 'SYSTEM' }), 'TOKEN_CLAIMS_INVALID'); // the command-line tools' role
    await refused(await mint({ subject: '' }), 'TOKEN_CLAIMS_INVALID');
  });
});
