import fc from 'fast-check';
import type { RecordedEvent } from '../../../src/domain/shared/event';
import { canonicalEventBytes, canonicalEventJson, canonicalJson } from '../../../src/ledger/canonical';
import { leafHash } from '../../../src/ledger/merkle';

const event: RecordedEvent = {
  id: '01900000-0000-7000-8000-000000000001',
  type: 'UnitRegistered',
  schemaVersion: 1,
  streamId: 'unit-91330106MA2KXXXX0X',
  revision: 0,
  position: 42,
  data: { unitId: '91330106MA2KXXXX0X', name: '某某科技有限公司', region: { name: '西湖区', code: '330106' }, unitClass: null },
  metadata: {
    actor: { id: 'clerk-7', role: 'BUREAU_STAFF', bureauId: '330106' },
    occurredAt: '2025-03-01T09:00:00.000Z',
    recordedAt: '2025-03-01T09:00:01.234Z',
    correlationId: 'corr-1',
  },
};

describe('canonical JSON (RFC 8785 style)', () => {
  it('sorts keys by UTF-16 code units at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' }, B: false })).toBe('{"B":false,"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
    // U+00E9 (é) sorts before U+1F600 (a surrogate pair starting 0xD83D), and both after "z".
    expect(canonicalJson({ '😀': 1, é: 2, z: 3 })).toBe('{"z":3,"é":2,"😀":1}');
  });

  it('writes numbers as ECMAScript prints them and refuses what JSON cannot hold', () => {
    expect(canonicalJson([1, 1.5, -0, 1e21, 1e-7, 0.1 + 0.2, 100])).toBe('[1,1.5,0,1e+21,1e-7,0.30000000000000004,100]');
    for (const bad of [NaN, Infinity, -Infinity, 10n, new Date(0), () => 1, Symbol('s')]) {
      expect(() => canonicalJson({ bad })).toThrow(TypeError);
    }
  });

  it('escapes strings as JSON.stringify does: controls, quotes, backslashes; other characters literal', () => {
    expect(canonicalJson('a"b\\c\n\u0001\u001f档案\u2028😀')).toBe('"a\\"b\\\\c\\n\\u0001\\u001f档案\u2028😀"');
    expect(canonicalJson('\ud800')).toBe('"\\ud800"'); // a lone surrogate, escaped
  });

  it('drops undefined members, writes undefined array elements as null', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, 1] })).toBe('{"b":[null,1]}');
  });

  it('gives the same text for any key order, and is stable through a JSON round trip', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(text);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

describe('canonical event bytes (aol-canonical-event/v1)', () => {
  it('is the documented text, byte for byte (a change here is a new format, not an edit)', () => {
    expect(canonicalEventJson(event)).toBe(
      '{"data":{"name":"某某科技有限公司","region":{"code":"330106","name":"西湖区"},"unitClass":null,"unitId":"91330106MA2KXXXX0X"},' +
        '"id":"01900000-0000-7000-8000-000000000001",' +
        '"metadata":{"actor":{"bureauId":"330106","id":"clerk-7","role":"BUREAU_STAFF","unitId":null},"causationId":null,' +
        '"correlationId":"corr-1","idempotencyKey":null,"occurredAt":"2025-03-01T09:00:00.000Z","recordedAt":"2025-03-01T09:00:01.234Z"},' +
        '"position":42,"revision":0,"schemaVersion":1,"streamId":"unit-91330106MA2KXXXX0X","type":"UnitRegistered"}',
    );
    expect(leafHash(canonicalEventBytes(event)).toString('hex')).toBe('b373f7c41b5823e4a21a361680cdd62f8831b3c2d72d1a104a202a27fdc0d753') // checked with Python's hashlib;
  });

  it('treats absent, undefined and null optional metadata alike', () => {
    const variants = [
      { ...event.metadata, causationId: null, idempotencyKey: null, actor: { ...event.metadata.actor, unitId: null } },
      { ...event.metadata, causationId: undefined, idempotencyKey: undefined, actor: { ...event.metadata.actor, unitId: undefined } },
    ];
    for (const metadata of variants) expect(canonicalEventJson({ ...event, metadata })).toBe(canonicalEventJson(event));
    expect(canonicalEventJson({ ...event, metadata: { ...event.metadata, causationId: 'other' } })).not.toBe(canonicalEventJson(event));
  });

  it('keeps every other metadata member, and every field of the envelope matters', () => {
    const withExtra = { ...event, metadata: { ...event.metadata, tokenId: 'jti-1' } } as RecordedEvent;
    expect(canonicalEventJson(withExtra)).toContain('"tokenId":"jti-1"');
    const changes: Partial<RecordedEvent>[] = [{ position: 43 }, { revision: 1 }, { id: 'x' }, { type: 'X' }, { streamId: 's' }, { schemaVersion: 2 }, { data: {} }];
    for (const change of changes) expect(canonicalEventJson({ ...event, ...change })).not.toBe(canonicalEventJson(event));
  });

  it('is UTF-8 without BOM or newline', () => {
    const bytes = canonicalEventBytes(event);
    expect(bytes[0]).toBe(0x7b); // "{"
    expect(bytes[bytes.length - 1]).toBe(0x7d); // "}"
    expect(bytes.toString('utf8')).toBe(canonicalEventJson(event));
  });
});
