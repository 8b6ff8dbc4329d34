/**
 * The law's numbers that the oversight area checks, kept as configuration constants (LAW.md). They are read by
 * the deciders and recorded on the events that depend on them, so a later change of a constant never rewrites
 * what an earlier event said. No timers: "late" is derived when a record is read.
 */

/** 行政处罚法§60: a case is decided within 90 (calendar) days of being opened. */
export const CASE_DECISION_LIMIT_DAYS = 90;

/** 档案法§49: fine ranges in yuan, by who is fined. */
export const PENALTY_RANGES_YUAN = {
  UNIT: { min: 10_000, max: 100_000 },
  INDIVIDUAL: { min: 500, max: 5_000 },
  ARCHIVE_SERVICE_COMPANY: { min: 20_000, max: 200_000 },
} as const;
export type PenalisedParty = keyof typeof PENALTY_RANGES_YUAN;
export const PENALISED_PARTIES = Object.keys(PENALTY_RANGES_YUAN) as PenalisedParty[];

/** Bounds that keep one event small. */
export const OVERSIGHT_LIMITS = {
  /** Units one act may name (a provincial bulletin or training may name many). */
  unitsPerAct: 500,
  /** People (archivists met, attendees) one act may list. */
  peoplePerAct: 2_000,
  /** Entries of a short list: topics, difficulties, discrepancies. */
  listEntries: 50,
  /** A document number (文号), a scheme or a grade. */
  shortText: 100,
  /** A title. */
  title: 200,
  /** Findings, summaries, replies, reasons. */
  longText: 5_000,
  /** Training hours of one training. */
  trainingHours: 500,
  /** Serialised size of an implementation report's own figures. */
  figuresJson: 20_000,
} as const;
