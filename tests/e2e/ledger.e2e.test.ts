import { makeCreditCode } from '../../src/domain/shared/credit-code';
import { verifyAuditExport, type AuditExport } from '../../src/ledger';
import { verifyInclusion } from '../../src/ledger/merkle';
import { ADMIN, auditorOf, clerkOf, TestServer, type As } from '../support/test-server';

/** The audit trail through the real server: sealed inline, proofs on unitHistory, checkpoints, the export route. */
let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  await server.stop();
});

async function gql(query: string, variables: Record<string, unknown> = {}, as: As = ADMIN) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await server.headersFor(as)) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

it('seals every act, proves each history entry, signs checkpoints and exports a file the verifier accepts', async () => {
  const unitId = makeCreditCode(424242, { region: '330106' });
  expect((await gql(`mutation { establishBureau(input: {regionCode: "330106", name: "西湖区档案局"}) { position } }`)).errors).toBeUndefined();
  const registered = await gql(
    `mutation ($u: ID!) { registerUnit(input: {unitId: $u, name: "某某科技有限公司", category: ENTERPRISE, regionCode: "330106", bureauId: "330106"}) { position } }`,
    { u: unitId },
    clerkOf('330106'),
  );
  expect(registered.errors).toBeUndefined();
  expect(await server.app.ledger.size()).toBe(await server.headPosition());

  expect((await gql(`mutation { publishLedgerCheckpoint { treeSize } }`, {}, clerkOf('330106'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const checkpoint = (await gql(`mutation { publishLedgerCheckpoint { treeSize rootHash publicKey { keyId pem } } }`)).data.publishLedgerCheckpoint;

  const history = await gql(`query ($u: ID!) { unitHistory(unitId: $u) { nodes { position proof { leafIndex leafHash treeSize auditPath checkpoint { rootHash } } } } }`, { u: unitId }, clerkOf('330106'));
  expect(history.errors).toBeUndefined();
  for (const node of history.data.unitHistory.nodes) {
    const p = node.proof;
    expect(p.checkpoint.rootHash).toBe(checkpoint.rootHash);
    const ok = verifyInclusion(p.leafIndex, p.treeSize, Buffer.from(p.leafHash, 'hex'), p.auditPath.map((h: string) => Buffer.from(h, 'hex')), Buffer.from(checkpoint.rootHash, 'hex'));
    expect(ok).toBe(true);
  }

  const exportUrl = server.url.replace('/graphql', `/exports/audit.json?unitId=${unitId}`);
  const response = await fetch(exportUrl, { headers: await server.headersFor(auditorOf('330100')) });
  expect(response.status).toBe(200);
  const doc = (await response.json()) as AuditExport;
  expect(verifyAuditExport(doc, { trustedPublicKey: checkpoint.publicKey.pem })).toMatchObject({ ok: true, eventsOk: 1 });
  expect((await fetch(exportUrl, { headers: await server.headersFor(auditorOf('110000')) })).status).toBe(404);
  expect((await fetch(exportUrl)).status).toBe(401);
});
