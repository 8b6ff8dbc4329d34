import type { UnitCategory, UnitClass, UnitEvent } from './registry.events';

export interface ArchivistOnDuty {
  archivistId: string;
  name: string;
}

export interface UnitDetails {
  unitId: string;
  name: string;
  category: UnitCategory;
  unitClass: UnitClass | null;
  regionCode: string;
  bureauId: string;
  address: string | null;
  archivists: readonly ArchivistOnDuty[];
}

/** A unit's life: never registered, active in a bureau's scope, or deregistered (it may be registered again). */
export type UnitState =
  | { status: 'unregistered' }
  | ({ status: 'active' } & UnitDetails)
  | ({ status: 'deregistered' } & UnitDetails);

export const initialUnitState = (): UnitState => ({ status: 'unregistered' });

export function evolveUnit(state: UnitState, event: UnitEvent): UnitState {
  switch (event.type) {
    case 'UnitRegistered': {
      const d = event.data;
      return {
        status: 'active',
        unitId: d.unitId,
        name: d.name,
        category: d.category,
        unitClass: d.unitClass,
        regionCode: d.region.code,
        bureauId: d.bureauId,
        address: d.address,
        archivists: [],
      };
    }
    default:
      break;
  }
  if (state.status === 'unregistered') return state;
  switch (event.type) {
    case 'UnitDetailsAmended': {
      const c = event.data.changes;
      return {
        ...state,
        ...(c.name !== undefined && { name: c.name }),
        ...(c.address !== undefined && { address: c.address }),
        ...(c.category !== undefined && { category: c.category }),
        ...(c.region !== undefined && { regionCode: c.region.code }),
      };
    }
    case 'UnitClassified':
      return { ...state, unitClass: event.data.unitClass };
    case 'UnitTransferred':
      return { ...state, bureauId: event.data.toBureauId };
    case 'UnitDeregistered':
      return { ...state, status: 'deregistered', archivists: [] };
    case 'ArchivistAssigned':
      return {
        ...state,
        archivists: [...state.archivists, { archivistId: event.data.archivistId, name: event.data.name }],
      };
    case 'ArchivistReleased':
      return { ...state, archivists: state.archivists.filter((a) => a.archivistId !== event.data.archivistId) };
    default:
      return state;
  }
}
