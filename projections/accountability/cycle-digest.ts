import type { RecordedUnitFacts } from '../../src/domain/accountability/known-facts';
import { INSPECTION_KINDS, type InspectionKind } from '../../src/domain/supervision/common';
import type { Day } from '../../src/domain/shared/day';
import { remembered } from '../../src/domain/shared/remembered';
import type { Doc } from '../../src/readstore/port';

/**
 * The cycle digest: what a bureau's two-year cycle needs of every unit that ever entered its scope, packed so that
 * one indexed read of a few hundred small documents and a tight loop over strings judge a county of 10,000 units in
 * a few milliseconds (reading each unit's facts document cost about 21 µs a unit: ~200 ms for a large county).
 *
 * A bureau's units are spread over DIGEST_BUCKETS chunk documents by a hash of the unit id, so that an event rewrites
 * one chunk per bureau the unit entered — about 10 KiB in a county of 10,000, written once per batch (the runner's
 * write-behind) or once per write of its document cache — never the whole bureau's digest. A chunk holds one string a unit, sorted by unit id (FerretDB refuses nested
 * arrays), all ASCII: `<unitId> <name>.<region> <facts>`, its id, name and region now (the overdue list shows them)
 * kept ASCII by encodeText and decoded only for overdue units: the same digest with the names as they are (Chinese)
 * took the SQLite driver about six times as long to hand over.
 *
 * The facts are the unit's facts with both times of every one of them (known-facts.ts), as fixed-width base-64
 * numbers (days as day numbers, instants as epoch milliseconds), so that the loop reads them with charCodeAt and no
 * allocation, and can answer for any asOf and any knownAt:
 *   nChanges(2) · change(13)×nChanges · inspection(14 + 8 if withdrawn + 12×nCorrections)… to the string's end
 *   change      = tag(1: B entered this bureau, O entered another, L left) · day(4) · recordedAt(8)
 *   inspection  = kind(1: index in INSPECTION_KINDS) · flags(1: withdrawn + 2×nCorrections) · day as first
 *                 recorded(4) · recordedAt(8) · [withdrawnAt(8), if withdrawn] · (day(4) · recordedAt(8))×nCorrections
 *                 (in log order; the last 31 at most: the latest known correction is the one that counts)
 * Changes are in business-time order (as the facts hold them), so their days never decrease. The counting kinds
 * are not applied here (they are configuration, applied when judging), so the digest does not depend on them.
 */
export const ACCOUNTABILITY_CYCLE_DIGESTS = 'accountability_cycle_digests';

/** Chunks per bureau: a county of 10,000 units has ~80 units (~10 KiB) a chunk; a small bureau has fewer, smaller ones. */
export const DIGEST_BUCKETS = 128;

export interface CycleDigestDoc extends Doc {
  bureauId: string;
  /** `<unitId> <name>.<region> <facts>`, in string order (so by unit id: encodeText never writes a space). */
  entries: string[];
}

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const DIGIT = new Uint8Array(128);
for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;

const DAY_MS = 86_400_000;
/** Day numbers count from 0000-01-01, so that every four-digit year has one (1970-01-01 is day 719,528). */
const DAY_ZERO = 719_528;
const DAY_WIDTH = 4;
const TIME_WIDTH = 8;
/** 64^8 − 1: later than any knowledge time. One below: an instant that does not parse, known only as the record stands now. */
const NEVER = 64 ** TIME_WIDTH - 1;
const UNREADABLE = NEVER - 1;
const CHANGE_WIDTH = 1 + DAY_WIDTH + TIME_WIDTH;
/** Kind, flags, day, recordedAt; then withdrawnAt if withdrawn, then the corrections. */
const INSPECTION_WIDTH = 2 + DAY_WIDTH + TIME_WIDTH;
const CORRECTION_WIDTH = DAY_WIDTH + TIME_WIDTH;
const MAX_CHANGES = 64 * 64 - 1;
const MAX_CORRECTIONS = 31;

const TAG_THIS = 'B';
const TAG_OTHER = 'O';
const TAG_LEFT = 'L';
const THIS_CODE = TAG_THIS.charCodeAt(0);

function encode(value: number, width: number): string {
  let out = '';
  for (let i = 0; i < width; i++) {
    out = ALPHABET.charAt(value % 64) + out;
    value = Math.floor(value / 64);
  }
  return out;
}

function decode(s: string, at: number, width: number): number {
  let value = 0;
  for (let i = 0; i < width; i++) value = value * 64 + (DIGIT[s.charCodeAt(at + i)] as number);
  return value;
}

// Parsing and formatting remembered: the projection packs every fact of a unit on each of its events, and days and
// instants repeat; a county's overdue list formats thousands of days.

/** A valid Day's number (days since 0000-01-01). */
export const dayNumber: (day: Day) => number = remembered((day: Day) => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS) + DAY_ZERO);

/** The Day of a day number. */
export const dayOfNumber: (n: number) => Day = remembered((n: number): Day => new Date((n - DAY_ZERO) * DAY_MS).toISOString().slice(0, 10));

/** An instant as epoch milliseconds for the digest; one that does not parse is known only as the record stands now. */
export const instantNumber: (instant: string) => number = remembered((instant: string) => {
  const ms = Date.parse(instant);
  return Number.isNaN(ms) ? UNREADABLE : Math.min(Math.max(ms, 0), UNREADABLE - 1);
});

const encodeDay = remembered((day: Day): string => encode(Math.min(Math.max(dayNumber(day), 0), 64 ** DAY_WIDTH - 1), DAY_WIDTH));
const encodeTime = remembered((instant: string): string => encode(instantNumber(instant), TIME_WIDTH));

/** The packed inspections of a unit: the same for every bureau it entered. */
export function packInspections(facts: RecordedUnitFacts): string {
  let out = '';
  for (const i of facts.inspections) {
    const kind = INSPECTION_KINDS.indexOf(i.kind);
    if (kind < 0) continue;
    // The latest known correction is the one that counts: past the limit, the oldest go.
    const corrections = i.dayCorrections.slice(-MAX_CORRECTIONS);
    const withdrawn = i.withdrawnAt !== null;
    out += ALPHABET.charAt(kind) + ALPHABET.charAt((withdrawn ? 1 : 0) + 2 * corrections.length) + encodeDay(i.day) + encodeTime(i.recordedAt);
    if (i.withdrawnAt !== null) out += encodeTime(i.withdrawnAt);
    for (const c of corrections) out += encodeDay(c.day) + encodeTime(c.recordedAt);
  }
  return out;
}

/** The unit's packed entry in bureau B's digest (`inspections` from packInspections). */
export function packEntry(facts: RecordedUnitFacts, bureauId: string, inspections: string): string {
  const changes = facts.scopeChanges.slice(0, MAX_CHANGES);
  let out = encode(changes.length, 2);
  for (const c of changes) {
    const tag = c.change === 'LEFT' ? TAG_LEFT : c.bureauId === bureauId ? TAG_THIS : c.bureauId === null ? TAG_LEFT : TAG_OTHER;
    out += tag + encodeDay(c.day) + encodeTime(c.recordedAt);
  }
  return out + inspections;
}

/** The chunk of bureau B that holds the unit: FNV-1a of the unit id. */
export function digestIdOf(bureauId: string, unitId: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < unitId.length; i++) h = Math.imul(h ^ unitId.charCodeAt(i), 0x01000193);
  return `${bureauId}|${String((h >>> 0) % DIGEST_BUCKETS).padStart(3, '0')}`;
}

export const emptyDigest = (id: string, bureauId: string): CycleDigestDoc => ({ _id: id, bureauId, entries: [] });

/**
 * Text kept ASCII in an entry: letters and digits as they are, any other UTF-16 code unit as `-` and three base-64
 * digits (a Chinese character: four characters, as in base64 of its UTF-8); null as `~`.
 */
function encodeText(text: string | null): string {
  return text === null ? '~' : escapedText(text);
}

const escapedText = remembered((text: string): string => {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? text.charAt(i) : `-${encode(c, 3)}`;
  }
  return out;
});

const codeUnits: number[] = [];

/** The text of s[from, to) (encodeText), as a new flat string: one sliced from the entry compares several times slower. */
function decodeText(s: string, from: number, to: number): string | null {
  if (s.charCodeAt(from) === 126 /* ~ */ && to === from + 1) return null;
  codeUnits.length = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 45 /* - */) {
      codeUnits.push(decode(s, i + 1, 3));
      i += 3;
    } else codeUnits.push(c);
  }
  return String.fromCharCode.apply(null, codeUnits);
}

/** The unit's id, name and region now, from its entry (for the overdue list). */
export function labelOf(entry: string): { unitId: string; name: string | null; regionCode: string | null } {
  const id = entry.indexOf(' ');
  const dot = entry.indexOf('.', id + 1);
  return {
    unitId: decodeText(entry, 0, id) ?? '',
    name: decodeText(entry, id + 1, dot),
    regionCode: decodeText(entry, dot + 1, entry.indexOf(' ', dot + 1)),
  };
}

/** Puts the unit's entry (`facts` from packEntry) into the chunk, in place, keeping the entries in string order. */
export function setDigestEntry(doc: CycleDigestDoc, unitId: string, name: string | null, regionCode: string | null, facts: string): void {
  const key = `${encodeText(unitId)} `;
  const entry = `${key}${encodeText(name)}.${encodeText(regionCode)} ${facts}`;
  const entries = doc.entries;
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((entries[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  if (lo < entries.length && (entries[lo] as string).startsWith(key)) entries[lo] = entry;
  else entries.splice(lo, 0, entry);
}

/** An overdue unit as the loop finds it: its entry (labelOf) and its two days, as day numbers. */
export interface OverdueEntry {
  entry: string;
  enteredOn: number;
  /** The last counting inspection on or before asOf; -1 when none. */
  inspectedOn: number;
}

export interface DigestJudgement {
  covered: number;
  notYetDue: number;
  overdue: OverdueEntry[];
}

/** The mask of counting kinds by their index in INSPECTION_KINDS. */
export function kindMask(countingKinds: readonly InspectionKind[]): number {
  let mask = 0;
  for (const kind of countingKinds) {
    const i = INSPECTION_KINDS.indexOf(kind);
    if (i >= 0) mask |= 1 << i;
  }
  return mask;
}

/**
 * Bureau B's cycle on `asOf` as known at `knownAt` over its digest: the rules of cycle.ts (cycleSituationOn over
 * factsKnownAt), on day numbers. The property tests hold it to a plain replay of the events.
 * - In B's scope on D: the last change known at T dated on or before D entered B (an interval is opened by an entry
 *   and closed by the next change; one of no day, a same-day registration and transfer, has a later change of its day).
 * - The last counting inspection known at T, not withdrawn as known at T, on its day as corrected by then, ≤ D.
 */
export function judgeDigest(docs: readonly CycleDigestDoc[], asOf: Day, windowStart: Day, knownAt: string | null, countingKinds: readonly InspectionKind[]): DigestJudgement {
  const day = dayNumber(asOf);
  const window = dayNumber(windowStart);
  const now = knownAt === null;
  const known = now ? NEVER : instantNumber(knownAt);
  const mask = kindMask(countingKinds);
  let covered = 0;
  let notYetDue = 0;
  const overdue: OverdueEntry[] = [];
  for (const doc of docs) {
    const entries = doc.entries;
    for (let index = 0; index < entries.length; index++) {
      const s = entries[index] as string;
      const start = s.indexOf(' ', s.indexOf(' ') + 1) + 1;
      const end = s.length;
      const changes = decode(s, start, 2);
      let p = start + 2;
      let tag = 0;
      let entered = -1;
      for (let c = 0; c < changes; c++, p += CHANGE_WIDTH) {
        const on = decode(s, p + 1, DAY_WIDTH);
        if (on > day) break;
        if (!now && decode(s, p + 1 + DAY_WIDTH, TIME_WIDTH) > known) continue;
        tag = s.charCodeAt(p);
        entered = on;
      }
      if (tag !== THIS_CODE) continue;
      p = start + 2 + changes * CHANGE_WIDTH;
      let inspected = -1;
      while (p < end) {
        const flags = DIGIT[s.charCodeAt(p + 1)] as number;
        const withdrawn = flags & 1;
        const corrections = p + INSPECTION_WIDTH + withdrawn * TIME_WIDTH;
        const next = corrections + (flags >> 1) * CORRECTION_WIDTH;
        if ((mask >> (DIGIT[s.charCodeAt(p)] as number)) & 1) {
          let on = -1;
          if (now) {
            // Withdrawn as the record stands now: whenever the withdrawal was recorded, nothing to count.
            if (withdrawn === 0) on = decode(s, next > corrections ? next - CORRECTION_WIDTH : p + 2, DAY_WIDTH);
          } else if (decode(s, p + 2 + DAY_WIDTH, TIME_WIDTH) <= known && (withdrawn === 0 || decode(s, p + INSPECTION_WIDTH, TIME_WIDTH) > known)) {
            on = decode(s, p + 2, DAY_WIDTH);
            for (let q = corrections; q < next; q += CORRECTION_WIDTH) {
              if (decode(s, q + DAY_WIDTH, TIME_WIDTH) <= known) on = decode(s, q, DAY_WIDTH);
            }
          }
          if (on <= day && on > inspected) inspected = on;
        }
        p = next;
      }
      if (inspected >= window) covered++;
      else if (entered >= window) notYetDue++;
      else overdue.push({ entry: s, enteredOn: entered, inspectedOn: inspected });
    }
  }
  return { covered, notYetDue, overdue };
}
