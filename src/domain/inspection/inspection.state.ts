import type { InspectionConducted, InspectionEvent } from './inspection.events';

export type InspectionData = InspectionConducted['data'];

/** An inspection record: none yet, conducted (corrections applied), or withdrawn (final; it stays in the history). */
export type InspectionState =
  | { status: 'none' }
  | { status: 'CONDUCTED'; record: InspectionData }
  | { status: 'WITHDRAWN'; record: InspectionData };

export const initialInspectionState = (): InspectionState => ({ status: 'none' });

export function evolveInspection(state: InspectionState, event: InspectionEvent): InspectionState {
  switch (event.type) {
    case 'InspectionConducted':
      return state.status === 'none' ? { status: 'CONDUCTED', record: event.data } : state;
    case 'InspectionRecordCorrected':
      return state.status === 'CONDUCTED' ? { status: 'CONDUCTED', record: { ...state.record, ...event.data.changes } } : state;
    case 'InspectionWithdrawn':
      return state.status === 'CONDUCTED' ? { status: 'WITHDRAWN', record: state.record } : state;
    default:
      return state;
  }
}
