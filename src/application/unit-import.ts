import type { UnitDoc } from '../../projections/units/units.projection';
import { UNIT_CATEGORIES, UNIT_CLASSES, type UnitCategory, type UnitClass, type UnitEvent } from '../domain/registry/registry.events';
import type { RegisterUnit } from '../domain/registry/unit.commands';
import { normaliseCreditCode, validateCreditCode } from '../domain/shared/credit-code';
import { AppError } from '../domain/shared/errors';
import { findRegion } from '../domain/shared/region';
import type { CommandMetadata, Decision } from './command-handler';
import { mayActFor } from './registry.policy';
import type { RegistryService } from './registry.service';
import { parseUnitList, type ImportFormat, type RawRow } from './unit-import.parse';

export interface ImportRowError {
  line: number;
  field: string;
  reason: string;
  message: string;
}

export interface ImportReport {
  rows: number;
  /** Units registered by this import. */
  imported: number;
  /** Rows whose unit is already registered, active, with the same details: re-importing a file is harmless. */
  unchanged: number;
  /** Rows with at least one error. */
  rejected: number;
  errors: ImportRowError[];
  /** False when the file had errors and valid rows were not asked for: nothing was written. */
  applied: boolean;
}

export interface ImportRequest {
  format: ImportFormat;
  content: Buffer;
  /** Bureau for rows that name none. */
  defaultBureauId: string | null;
  /** Register the valid rows of a file that has bad ones. */
  importValidRows: boolean;
  /** Check every row as an import would, and write nothing. */
  dryRun?: boolean;
  metadata: CommandMetadata;
  /** Called as rows are checked, then as they are registered (CLI progress). */
  progress?: (done: number, total: number, phase: 'check' | 'register') => void;
}

const CATEGORY_LABELS: Readonly<Record<string, UnitCategory>> = {
  机关: 'ORGAN', 国家机关: 'ORGAN', 团体: 'ORGANISATION', 社会团体: 'ORGANISATION', 人民团体: 'ORGANISATION',
  企业: 'ENTERPRISE', 事业单位: 'PUBLIC_INSTITUTION', 其他组织: 'OTHER', 其他: 'OTHER',
};
const CLASS_LABELS: Readonly<Record<string, UnitClass>> = { 一类: 'FIRST', 二类: 'SECOND', 三类: 'THIRD', '1': 'FIRST', '2': 'SECOND', '3': 'THIRD' };

function enumValue<T extends string>(raw: string, values: readonly T[], labels: Readonly<Record<string, T>>): T | undefined {
  const upper = raw.toUpperCase();
  return (values as readonly string[]).includes(upper) ? (upper as T) : labels[raw];
}

/** Rows registered concurrently: enough to fill the event store's group commits. */
const CONCURRENCY = 4096;

/** Bulk registration from a bureau's own list (摸清家底): validate every row first, then register. */
export class UnitImporter {
  constructor(
    private readonly registry: RegistryService,
    private readonly loadUnits: (ids: readonly string[]) => Promise<(UnitDoc | null)[]>,
  ) {}

  async import(request: ImportRequest): Promise<ImportReport> {
    const rows = await parseUnitList(request.format, request.content);
    const errors: ImportRowError[] = [];
    const commands = this.validateRows(rows, request.defaultBureauId, errors);
    const existing = await this.loadUnits(commands.map(({ command }) => command.data.unitId));
    let unchanged = 0;
    const candidates = commands.filter(({ command }, i) => {
      const unit = existing[i];
      // Only a unit the actor may act on counts as unchanged; any other row goes to the policy and the decider,
      // so that the answer never confirms a unit outside the actor's scope.
      if (unit?.status === 'ACTIVE' && mayActFor(request.metadata.actor, unit.bureauId) && sameDetails(unit, command)) {
        unchanged++;
        return false;
      }
      return true;
    });
    // The decider judges every row before anything is written (bureau, region within it, duplicates), so that a
    // file with a bad row writes nothing.
    const toRegister: { line: number; command: RegisterUnit; decision: Decision<UnitEvent> }[] = [];
    for (const candidate of candidates) {
      try {
        toRegister.push({ ...candidate, decision: await this.registry.check(candidate.command, request.metadata) });
      } catch (error) {
        errors.push(rowError(candidate.line, error));
      }
      request.progress?.(toRegister.length, candidates.length, 'check');
    }
    errors.sort((a, b) => a.line - b.line);
    const bad = new Set(errors.map((e) => e.line));
    if (request.dryRun || (bad.size > 0 && !request.importValidRows)) {
      return { rows: rows.length, imported: 0, unchanged, rejected: bad.size, errors, applied: false };
    }
    let imported = 0;
    let done = 0;
    let next = 0;
    const worker = async () => {
      while (next < toRegister.length) {
        const { line, command, decision } = toRegister[next++] as (typeof toRegister)[number];
        try {
          const result = await this.registry.commit(command, request.metadata, decision);
          if (result.replayed) unchanged++;
          else if (result.events.length > 0) imported++;
        } catch (error) {
          // Only a race with another writer gets here: the row was checked a moment ago.
          errors.push(rowError(line, error));
          bad.add(line);
        }
        request.progress?.(++done, toRegister.length, 'register');
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, toRegister.length) }, worker));
    errors.sort((a, b) => a.line - b.line);
    return { rows: rows.length, imported, unchanged, rejected: bad.size, errors, applied: true };
  }

  /** Form checks on every row, and duplicates within the file; the decider judges the rest. */
  private validateRows(rows: RawRow[], defaultBureauId: string | null, errors: ImportRowError[]) {
    const seen = new Map<string, number>();
    const commands: { line: number; command: RegisterUnit }[] = [];
    for (const { line, fields } of rows) {
      const fail = (field: string, reason: string, message: string) => errors.push({ line, field, reason, message });
      const before = errors.length;
      const unitId = normaliseCreditCode(fields.unitId ?? '');
      const check = validateCreditCode(unitId);
      if (!check.ok) fail('unitId', 'INVALID_CREDIT_CODE', `${unitId || '(empty)'} is not a valid credit code (${check.reason})`);
      const first = seen.get(unitId);
      if (first !== undefined) fail('unitId', 'DUPLICATE_IN_FILE', `${unitId} already appears on line ${first}`);
      else seen.set(unitId, line);
      const name = fields.name ?? '';
      if (name === '') fail('name', 'REQUIRED', 'name is empty');
      const category = enumValue(fields.category ?? '', UNIT_CATEGORIES, CATEGORY_LABELS);
      if (!category) fail('category', 'INVALID_CATEGORY', `category "${fields.category ?? ''}" is not one of ${UNIT_CATEGORIES.join(', ')} or 机关/团体/企业/事业单位/其他组织`);
      const rawClass = fields.unitClass ?? '';
      const unitClass = rawClass === '' ? null : enumValue(rawClass, UNIT_CLASSES, CLASS_LABELS);
      if (unitClass === undefined) fail('unitClass', 'INVALID_CLASS', `class "${rawClass}" is not one of ${UNIT_CLASSES.join(', ')} or 一类/二类/三类`);
      const regionCode = fields.regionCode ?? '';
      if (!findRegion(regionCode)) fail('regionCode', 'UNKNOWN_REGION', `region "${regionCode}" is not a GB/T 2260 division`);
      const bureauId = fields.bureauId || defaultBureauId;
      if (!bureauId) fail('bureauId', 'REQUIRED', 'no bureau: give a bureau column or a default bureau');
      if (errors.length > before) continue;
      commands.push({
        line,
        command: {
          type: 'RegisterUnit',
          data: {
            unitId,
            name,
            category: category as UnitCategory,
            unitClass: unitClass ?? null,
            regionCode,
            bureauId: bureauId as string,
            address: fields.address || null,
            checkOverrideReason: null,
          },
        },
      });
    }
    return commands;
  }
}

/** A domain error becomes the row's error; anything else is a failure of the import itself. */
function rowError(line: number, error: unknown): ImportRowError {
  if (!(error instanceof AppError)) throw error;
  const field = typeof error.details.field === 'string' ? error.details.field : 'unitId';
  return { line, field, reason: error.reason, message: error.message };
}

function sameDetails(unit: UnitDoc, command: RegisterUnit): boolean {
  const d = command.data;
  return (
    unit.name === d.name.trim() &&
    unit.category === d.category &&
    unit.unitClass === d.unitClass &&
    unit.regionCode === d.regionCode &&
    unit.bureauId === d.bureauId &&
    unit.address === (d.address?.trim() || null)
  );
}
