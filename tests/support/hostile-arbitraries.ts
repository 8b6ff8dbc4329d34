import fc from 'fast-check';
import { makeCreditCode } from '../../src/domain/shared/credit-code';
import { allRegions } from '../../src/domain/shared/region';

/**
 * Random and malformed variables for every mutation: well-typed inputs with hostile values (the domain must
 * refuse them with a known code, or accept them), and mangled ones (wrong types, missing or unknown fields, nulls,
 * nested garbage, invalid enums and dates) that GraphQL's own coercion must refuse. Values lean towards the
 * plausible often enough that every mutation also succeeds now and then: success is part of what is checked.
 */

/** The bureaus the fuzz's fixture establishes, and where it registers each mutation's own units. */
export const FUZZ_BUREAUS = ['330000', '330100', '330106', '330110', '410000'] as const;
export const FUZZ_PLACES = [
  { bureauId: '330106', regionCode: '330106' },
  { bureauId: '330106', regionCode: '330106' },
  { bureauId: '330110', regionCode: '330110' },
  { bureauId: '410000', regionCode: '419001' },
] as const;
export const FUZZ_ARCHIVIST = { archivistId: 'A-1', name: '张三' } as const;

/** Each mutation's own registered units (one fuzz's deregistrations do not starve the next one's acts). */
export function fuzzUnits(index: number) {
  return FUZZ_PLACES.map((place, i) => ({ unitId: makeCreditCode(71_000_000 + index * 10 + i, { region: place.regionCode }), ...place }));
}

const ATTACKS = [
  "' OR '1'='1",
  "'); DROP TABLE events; --",
  'SELECT * FROM events WHERE 1=1',
  'INSERT INTO events VALUES (1)',
  '1; UPDATE units SET name = 1',
  '{"$gt": ""}',
  '{"$where": "sleep(1000)"}',
  '"}]}',
  '__proto__',
  'constructor',
  '%s%s%s%n',
  '${jndi:ldap://x/a}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  'C:\\Windows\\win.ini',
  '\u0000',
  '\ud800',
  '\u202e\u0644\u0627',
  '😀'.repeat(60),
  'NaN',
  'null',
  ' ',
  '\t\r\n',
  '杭州市西湖区某某科技有限公司',
];

/** Free text: random code points (lone surrogates too), graphemes, attacks, and lengths around every limit. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 8, arbitrary: fc.constantFrom(...ATTACKS) },
  { weight: 2, arbitrary: fc.integer({ min: 190, max: 2_010 }).map((n) => '长'.repeat(n)) }, // name 200, address 500, reason 2000
  { weight: 1, arbitrary: fc.integer({ min: 9_990, max: 10_010 }).map((n) => 'x'.repeat(n)) }, // the variable string limit
);

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const seedArb = fc.integer({ min: 0, max: 99_999_999 });
const REGIONS = ['330106', '330110', '419001', '330100', '330000', '410000', '110101', '419002', '330103', '000000'];

const creditCode = (pool: readonly string[]): fc.Arbitrary<string> => fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...pool) }, // registered: acts may succeed
  { weight: 2, arbitrary: fc.constantFrom(...pool.map((id) => `${id.slice(0, 6)} ${id.slice(6, 12)}-${id.slice(12)}`.toLowerCase())) },
  { weight: 3, arbitrary: fc.tuple(seedArb, fc.constantFrom(...REGIONS)).map(([seed, region]) => makeCreditCode(seed, { region })) },
  // A valid code with its check character changed.
  {
    weight: 1,
    arbitrary: fc.tuple(seedArb, fc.integer({ min: 1, max: 30 })).map(([seed, shift]) => {
      const code = makeCreditCode(seed);
      return code.slice(0, 17) + CHARSET[(CHARSET.indexOf(code[17] as string) + shift) % 31];
    }),
  },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'), minLength: 17, maxLength: 19 }) },
  { weight: 1, arbitrary: hostileText },
);

const REAL_REGIONS = allRegions().map((r) => r.code);
export const regionCode: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...REGIONS) },
  { weight: 2, arbitrary: fc.constantFrom(...REAL_REGIONS) },
  { weight: 2, arbitrary: fc.stringMatching(/^\d{6}$/) },
  { weight: 1, arbitrary: fc.constantFrom('33', '3301', ' 330106', '330106 ', '３３０１０６', '330106\u0000', '-33010', '3.3e5', '') },
  { weight: 1, arbitrary: hostileText },
);

export const bureauId: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FUZZ_BUREAUS) },
  { weight: 1, arbitrary: regionCode },
);

const archivistId: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('A-1', 'A-2', 'P-001', 'a.b:c_d-e') },
  { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,70}$/) },
  { weight: 1, arbitrary: hostileText },
);

/** Valid RFC 3339 date-times only (the scalar refuses the rest): past, far past, and future beyond the tolerance. */
const dateTime: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.date({ min: new Date('1949-10-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()) },
  { weight: 1, arbitrary: fc.date({ min: new Date('2030-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()) },
  { weight: 1, arbitrary: fc.constantFrom('2025-03-01T17:00:00+08:00', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z') },
);

/** Idempotency keys are drawn fresh (a uuid inside): a replayed key is a separate, deterministic test. */
const idempotencyKey: fc.Arbitrary<string> = fc.tuple(fc.string({ unit: 'binary', maxLength: 80 }), fc.uuid()).map(([text, id]) => `${text}${id}`);

const CATEGORIES = ['ORGAN', 'ORGANISATION', 'ENTERPRISE', 'PUBLIC_INSTITUTION', 'OTHER'] as const;
const CLASSES = ['FIRST', 'SECOND', 'THIRD'] as const;
const REASONS = ['DISSOLVED', 'MERGED', 'OUT_OF_SCOPE'] as const;

const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const act = { occurredAt: dateTime, idempotencyKey };

// -- CSV and XLSX files for importUnits ---------------------------------------------------------------------------

const HEADERS = [
  '统一社会信用代码,单位名称,单位类别,行政区划代码,主管档案局',
  'unit_id,name,category,class,region_code,bureau_id,address',
  '\uFEFFunit_id,name,category,region_code',
  'name,category',
  'a,b,c',
  '',
];
const csvCell = (pool: readonly string[]) => fc.oneof(
  creditCode(pool),
  hostileText.map((t) => t.slice(0, 300)),
  regionCode,
  fc.constantFrom('企业', '机关', '事业单位', 'ENTERPRISE', 'organ', '一类', '3', ''),
);
const quoteSometimes = (cell: string, quote: boolean) => (quote ? `"${cell.replace(/"/g, '""')}"` : cell);
/** A row that may well register: a fresh valid code, a name, a category and a place the fixture has. */
const plausibleRow = fc
  .tuple(seedArb, fc.constantFrom(...FUZZ_PLACES), fc.constantFrom('企业', '机关', 'OTHER'))
  .map(([seed, place, category]) => [makeCreditCode(seed, { region: place.regionCode }), `导入单位${seed}`, category, place.regionCode, place.bureauId].join(','));
const randomRow = (pool: readonly string[]) => fc.tuple(fc.array(csvCell(pool), { maxLength: 8 }), fc.boolean()).map(([cells, quote]) => cells.map((c) => quoteSometimes(c, quote)).join(','));
const csvContent = (pool: readonly string[]): fc.Arbitrary<string> => fc
  .tuple(
    fc.oneof({ weight: 3, arbitrary: fc.constant(HEADERS[0] as string) }, { weight: 2, arbitrary: fc.constantFrom(...HEADERS) }),
    fc.array(fc.oneof({ weight: 3, arbitrary: plausibleRow }, { weight: 1, arbitrary: randomRow(pool) }), { maxLength: 5 }),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([header, rows, eol]) => [header, ...rows].join(eol));

/** XLSX content: a real workbook (base64), damaged by truncation or a flipped byte, or base64 of nothing sensible. */
const xlsxContent = (workbook: Buffer): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constant(workbook.toString('base64')),
    fc.integer({ min: 0, max: workbook.length - 1 }).map((n) => workbook.subarray(0, n).toString('base64')),
    fc.tuple(fc.integer({ min: 0, max: workbook.length - 1 }), fc.integer({ min: 1, max: 255 })).map(([i, x]) => {
      const copy = Buffer.from(workbook);
      copy[i] = (copy[i] as number) ^ x;
      return copy.toString('base64');
    }),
    fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('base64')),
    hostileText,
  );

// -- well-typed inputs, one per mutation -------------------------------------------------------------------------

/** Registration: mostly codes never registered (fresh, or a registered one again), some broken. */
const registrationCode = (pool: readonly string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.tuple(seedArb, fc.constantFrom(...FUZZ_PLACES)).map(([seed, place]) => makeCreditCode(seed, { region: place.regionCode })) },
    { weight: 2, arbitrary: creditCode(pool) },
  );

/** Bureaus whose regions contain the fixture's places in Zhejiang (valid transfer targets), or any other. */
const transferTarget = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('330100', '330000') }, { weight: 2, arbitrary: bureauId });

export const wellTypedInputs = (pool: readonly string[], workbook: Buffer) => {
  const unitId = creditCode(pool);
  return {
    establishBureau: fc.record({ regionCode, name: hostileText, ...act }, { requiredKeys: ['regionCode', 'name'] }),
    registerUnit: fc
      .tuple(
        fc.record(
          {
            unitId: registrationCode(pool),
            name: hostileText,
            category: fc.constantFrom(...CATEGORIES),
            unitClass: nullable(fc.constantFrom(...CLASSES)),
            address: nullable(hostileText),
            checkOverrideReason: nullable(hostileText),
            ...act,
          },
          { requiredKeys: ['unitId', 'name', 'category'] },
        ),
        fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...FUZZ_PLACES) }, { weight: 2, arbitrary: fc.record({ regionCode, bureauId }) }),
      )
      .map(([input, place]) => ({ ...input, regionCode: place.regionCode, bureauId: place.bureauId })),
    amendUnitDetails: fc.record(
      {
        unitId,
        name: nullable(hostileText),
        address: nullable(hostileText),
        category: nullable(fc.constantFrom(...CATEGORIES)),
        regionCode: nullable(regionCode),
        reason: nullable(hostileText),
        ...act,
      },
      { requiredKeys: ['unitId'] },
    ),
    classifyUnit: fc.record({ unitId, unitClass: fc.constantFrom(...CLASSES), reason: nullable(hostileText), ...act }, { requiredKeys: ['unitId', 'unitClass'] }),
    transferUnit: fc.record({ unitId, toBureauId: transferTarget, reason: hostileText, ...act }, { requiredKeys: ['unitId', 'toBureauId', 'reason'] }),
    deregisterUnit: fc.record(
      { unitId, reason: fc.constantFrom(...REASONS), mergedInto: nullable(creditCode(pool)), note: nullable(hostileText), ...act },
      { requiredKeys: ['unitId', 'reason'] },
    ),
    assignArchivist: fc.record(
      { unitId, archivistId, name: hostileText, partTime: fc.boolean(), duties: nullable(hostileText), ...act },
      { requiredKeys: ['unitId', 'archivistId', 'name'] },
    ),
    releaseArchivist: fc.record({ unitId, archivistId, reason: nullable(hostileText), ...act }, { requiredKeys: ['unitId', 'archivistId'] }),
    importUnits: fc.oneof(
      fc.record(
        { format: fc.constant('CSV'), content: csvContent(pool), bureauId: nullable(bureauId), importValidRows: fc.boolean(), ...act },
        { requiredKeys: ['format', 'content'] },
      ),
      fc.record(
        { format: fc.constant('XLSX'), content: xlsxContent(workbook), bureauId: nullable(bureauId), importValidRows: fc.boolean(), ...act },
        { requiredKeys: ['format', 'content'] },
      ),
    ),
  };
};

export type MutationName = keyof ReturnType<typeof wellTypedInputs>;

// -- mangling: what GraphQL's coercion must refuse ---------------------------------------------------------------

const garbage: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.constantFrom(12345, -0.5, 1e300, true, false, null, [], {}, [null], { unitId: null }, 'NOT_AN_ENUM', 'first'),
  hostileText,
);
const invalidDate = fc.constantFrom('2025-02-30T00:00:00Z', '2025-13-01T00:00:00Z', '2025-03-01', 'yesterday', '', '0', '+275760-09-13T00:00:00Z', 1_700_000_000_000);

type Mangle =
  | { kind: 'drop'; at: number }
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'unknownField'; name: string; value: unknown }
  | { kind: 'badDate'; value: unknown }
  | { kind: 'wholeInput'; value: unknown }
  | { kind: 'wholeVariables'; value: unknown };

const mangle: fc.Arbitrary<Mangle> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: garbage }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('unknownField' as const), name: fc.string({ minLength: 1, maxLength: 12 }), value: garbage }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('badDate' as const), value: invalidDate }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('wholeInput' as const), value: garbage }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('wholeVariables' as const), value: garbage }) },
);

/** Applies the mangles to a copy: values drawn by fc.constantFrom are shared between runs and must not change. */
function applyMangles(input: Record<string, unknown>, mangles: Mangle[]): unknown {
  let value: unknown = structuredClone(input);
  for (const drawn of mangles) {
    const m = structuredClone(drawn);
    if (m.kind === 'wholeVariables') return m.value;
    if (m.kind === 'wholeInput') value = m.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    const key = keys.length === 0 ? 'unitId' : (keys[('at' in m ? m.at : 0) % keys.length] as string);
    if (m.kind === 'drop') delete record[key];
    else if (m.kind === 'replace') record[key] = m.value;
    else if (m.kind === 'unknownField') record[m.name] = m.value;
    else if (m.kind === 'badDate') record.occurredAt = m.value;
  }
  return { input: value };
}

/** Variables for a mutation with at least one thing wrong with their shape or types. */
export const mangledVariables = (wellTyped: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<unknown> =>
  fc.tuple(wellTyped, fc.array(mangle, { minLength: 1, maxLength: 3 })).map(([input, mangles]) => applyMangles(input, mangles));

