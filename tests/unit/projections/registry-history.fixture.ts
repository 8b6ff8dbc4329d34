import { bureauDecider, type BureauState } from '../../../src/domain/registry/bureau.decider';
import type { UnitEvent } from '../../../src/domain/registry/registry.events';
import type { UnitCommand } from '../../../src/domain/registry/unit.commands';
import { bureauNeededFor, unitDecider } from '../../../src/domain/registry/unit.decider';
import type { UnitState } from '../../../src/domain/registry/unit.state';
import { creditCodeCheckCharacter, makeCreditCode } from '../../../src/domain/shared/credit-code';
import type { Actor } from '../../../src/domain/shared/event';
import { requireRegion } from '../../../src/domain/shared/region';
import type { RecordedEvent } from '../../../src/domain/shared/event';
import { ALL_PROJECTIONS } from '../../../projections/index';
import type { Projection } from '../../../projections/projection';
import { ProjectionRunner } from '../../../projections/runner';
import { MemoryReadStore } from '../../support/memory-read-store';
import { RecordedLog, type MetadataOverrides } from '../../support/recorded';

/**
 * Registry histories for projection specs, produced by the deciders themselves (so every event is one the
 * domain would really emit) and recorded with positions, revisions and metadata by `RecordedLog`.
 */
export class RegistryHistory {
  readonly log = new RecordedLog({ startAt: '2023-01-02T09:00:00.000Z' });
  private readonly bureaus = new Map<string, BureauState>();
  private readonly units = new Map<string, UnitState>();

  establish(regionCode: string, name: string, meta: MetadataOverrides = {}): this {
    const region = requireRegion(regionCode);
    const state = this.bureaus.get(regionCode) ?? bureauDecider.initialState();
    const events = bureauDecider.decide(
      { type: 'EstablishBureau', data: { region: { code: region.code, name: region.name, level: region.level }, name } },
      state,
      undefined,
    );
    this.bureaus.set(regionCode, events.reduce(bureauDecider.evolve, state));
    this.log.recordAll(events, meta);
    return this;
  }

  /** Decides the command on the unit's current state (refusals are bugs in the fixture) and records the events. */
  act(command: UnitCommand, meta: MetadataOverrides = {}): UnitEvent[] {
    const state = this.units.get(command.data.unitId) ?? unitDecider.initialState();
    const bureauId = bureauNeededFor(command, state);
    const context = { bureau: bureauId === null ? null : (this.bureaus.get(bureauId) ?? null) };
    const events = unitDecider.decide(command, state, context);
    this.units.set(command.data.unitId, events.reduce(unitDecider.evolve, state));
    this.log.recordAll(events, meta);
    return events;
  }

  /** Chaining form of `act`. */
  then(command: UnitCommand, meta: MetadataOverrides = {}): this {
    this.act(command, meta);
    return this;
  }
}

export const actors = {
  national: { id: 'admin-0', role: 'NATIONAL_ADMIN', bureauId: '000000' },
  zhejiang: { id: 'zj-staff-1', role: 'BUREAU_STAFF', bureauId: '330000' },
  hangzhou: { id: 'hz-staff-7', role: 'BUREAU_STAFF', bureauId: '330100' },
  xihu: { id: 'xh-staff-3', role: 'BUREAU_STAFF', bureauId: '330106' },
  henan: { id: 'ha-staff-2', role: 'BUREAU_STAFF', bureauId: '410000' },
} satisfies Record<string, Actor>;

/** A code failing its check character, accepted through the audited override. */
function codeWithWrongCheck(seed: number, region: string): string {
  const code = makeCreditCode(seed, { region });
  const wrong = code[17] === '0' ? '1' : '0';
  if (creditCodeCheckCharacter(code.slice(0, 17)) === wrong) throw new Error('unreachable');
  return code.slice(0, 17) + wrong;
}

/** Credit codes of the realistic history (seeded apart from other tests' codes). */
export const U = {
  /** Enterprise in 西湖区: renamed, reclassified, archivists come and go, transferred up to 杭州市. */
  u1: makeCreditCode(5_000_001, { region: '330106' }),
  /** Public institution in 上城区 under 杭州市: moves to 西湖区 and becomes an organ, merged into u1, registered again in 西湖区. */
  u2: makeCreditCode(5_000_002, { region: '330102', department: '1', bodyType: '2' }),
  /** Organisation in 宁波 海曙区 supervised directly by the province. */
  u3: makeCreditCode(5_000_003, { region: '330203', department: '5' }),
  /** Registered with a failing check character (override), later recategorised. */
  u4: codeWithWrongCheck(5_000_004, '330106'),
  /** Enterprise in 济源市 (a county-level city directly under Henan). */
  u5: makeCreditCode(5_000_005, { region: '419001' }),
  /** Public institution in 上城区, dissolved. */
  u6: makeCreditCode(5_000_006, { region: '330102', department: '1', bodyType: '2' }),
  /** Enterprise in 拱墅区 under 杭州市, untouched after registration. */
  u7: makeCreditCode(5_000_007, { region: '330105' }),
} as const;

export const CHECK_OVERRIDE_REASON = '营业执照原件如此，经市场监管部门书面确认';

type Register = Extract<UnitCommand, { type: 'RegisterUnit' }>['data'];
const register = (data: Partial<Register> & Pick<Register, 'unitId' | 'name' | 'category' | 'regionCode' | 'bureauId'>): UnitCommand => ({
  type: 'RegisterUnit',
  data: { unitClass: null, address: null, checkOverrideReason: null, ...data },
});

/**
 * The history oversight staff know: bureaus established, units registered, amended (name, address, region,
 * category), classified, transferred, archivists assigned and released, deregistered, registered again.
 * Business dates are explicit; one transfer is recorded months after it happened (a back-filled act).
 */
export function realisticHistory(): RegistryHistory {
  const h = new RegistryHistory();
  h.establish('330000', '浙江省档案局', { actor: actors.national, occurredAt: '2023-01-02T09:00:00Z' })
    .establish('330100', '杭州市档案局', { actor: actors.national, occurredAt: '2023-01-03T09:00:00Z' })
    .establish('330106', '杭州市西湖区档案局', { actor: actors.national, occurredAt: '2023-01-04T09:00:00Z' })
    .establish('410000', '河南省档案局', { actor: actors.national, occurredAt: '2023-01-05T09:00:00Z' });

  h.then(
    register({ unitId: U.u1, name: '杭州西湖某科技有限公司', category: 'ENTERPRISE', unitClass: 'SECOND', regionCode: '330106', bureauId: '330106', address: '文三路 90 号' }),
    { actor: actors.xihu, occurredAt: '2023-02-01T10:00:00Z' },
  )
    .then(register({ unitId: U.u2, name: '上城区某事业单位', category: 'PUBLIC_INSTITUTION', regionCode: '330102', bureauId: '330100' }), {
      actor: actors.hangzhou,
      occurredAt: '2023-02-02T10:00:00Z',
    })
    .then(register({ unitId: U.u3, name: '宁波某行业协会', category: 'ORGANISATION', unitClass: 'THIRD', regionCode: '330203', bureauId: '330000' }), {
      actor: actors.zhejiang,
      occurredAt: '2023-02-03T10:00:00Z',
    })
    .then(
      register({ unitId: U.u4, name: '西湖区某合作社', category: 'OTHER', regionCode: '330106', bureauId: '330106', checkOverrideReason: CHECK_OVERRIDE_REASON }),
      { actor: actors.xihu, occurredAt: '2023-02-04T10:00:00Z' },
    )
    .then(register({ unitId: U.u5, name: '济源某钢铁有限公司', category: 'ENTERPRISE', regionCode: '419001', bureauId: '410000' }), {
      actor: actors.henan,
      occurredAt: '2023-02-05T10:00:00Z',
    })
    .then(register({ unitId: U.u6, name: '上城区某培训中心', category: 'PUBLIC_INSTITUTION', regionCode: '330102', bureauId: '330100' }), {
      actor: actors.hangzhou,
      occurredAt: '2023-02-06T10:00:00Z',
    })
    .then(register({ unitId: U.u7, name: '拱墅某物流有限公司', category: 'ENTERPRISE', regionCode: '330105', bureauId: '330100' }), {
      actor: actors.hangzhou,
      occurredAt: '2023-02-07T10:00:00Z',
    });

  // Archivists, renames, a region and category change, a reclassification, a departure, a merger, a dissolution.
  h.then({ type: 'AssignArchivist', data: { unitId: U.u1, archivistId: 'a-1', name: '张三', partTime: true, duties: '文书档案' } }, {
    actor: actors.xihu,
    occurredAt: '2023-03-01T10:00:00Z',
  })
    .then({ type: 'AssignArchivist', data: { unitId: U.u1, archivistId: 'a-2', name: '李四', partTime: false, duties: null } }, {
      actor: actors.xihu,
      occurredAt: '2023-03-02T10:00:00Z',
    })
    .then({ type: 'AmendUnitDetails', data: { unitId: U.u2, regionCode: '330106', category: 'ORGAN', reason: '机构改革' } }, {
      actor: actors.hangzhou,
      occurredAt: '2023-03-10T10:00:00Z',
    })
    .then({ type: 'AssignArchivist', data: { unitId: U.u2, archivistId: 'b-1', name: '王五', partTime: true, duties: null } }, {
      actor: actors.hangzhou,
      occurredAt: '2023-03-11T10:00:00Z',
    })
    .then({ type: 'AmendUnitDetails', data: { unitId: U.u1, name: '杭州西湖某数字科技有限公司', address: '文三路 100 号', reason: '更名并迁址' } }, {
      actor: actors.xihu,
      occurredAt: '2023-04-01T10:00:00Z',
    })
    .then({ type: 'ClassifyUnit', data: { unitId: U.u1, unitClass: 'FIRST', reason: '列为重点单位' } }, {
      actor: actors.xihu,
      occurredAt: '2023-05-01T10:00:00Z',
    })
    .then({ type: 'ReleaseArchivist', data: { unitId: U.u1, archivistId: 'a-1', reason: '调岗' } }, {
      actor: actors.xihu,
      occurredAt: '2023-06-01T10:00:00Z',
    })
    .then({ type: 'AmendUnitDetails', data: { unitId: U.u4, category: 'ORGANISATION', reason: '登记类型更正' } }, {
      actor: actors.xihu,
      occurredAt: '2023-06-15T10:00:00Z',
    })
    .then({ type: 'DeregisterUnit', data: { unitId: U.u2, reason: 'MERGED', mergedInto: U.u1, note: '并入' } }, {
      actor: actors.hangzhou,
      occurredAt: '2023-08-01T10:00:00Z',
    })
    .then({ type: 'DeregisterUnit', data: { unitId: U.u6, reason: 'DISSOLVED', mergedInto: null, note: null } }, {
      actor: actors.hangzhou,
      occurredAt: '2023-09-01T10:00:00Z',
    })
    .then(register({ unitId: U.u2, name: '西湖区某机关', category: 'ORGAN', regionCode: '330106', bureauId: '330106' }), {
      actor: actors.xihu,
      occurredAt: '2024-01-15T10:00:00Z',
    })
    // Back-filled: the transfer took effect in July 2023 but was recorded in March 2024, after everything above.
    .then({ type: 'TransferUnit', data: { unitId: U.u1, toBureauId: '330100', reason: '重点企业由市局直接监管' } }, {
      actor: actors.hangzhou,
      occurredAt: '2023-07-01T10:00:00Z',
      recordedAt: '2024-03-01T08:00:00Z',
    });
  return h;
}

/** A fresh store with the projections applied to `events` in one batch. */
export function projectInOneBatch(events: readonly RecordedEvent[], projections: readonly Projection[] = ALL_PROJECTIONS): MemoryReadStore {
  const store = new MemoryReadStore();
  new ProjectionRunner(store, projections).apply(events);
  return store;
}
