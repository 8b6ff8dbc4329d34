import { resultsWithFindingIds, type InspectionConducted, type InspectionEvent } from './inspection.events';

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
    case 'InspectionRecordCorrected': {
      if (state.status !== 'CONDUCTED') return state;
      // A correction restates results without findingIds (and may change the findings alone): derive them again.
      const merged = { ...state.record, ...event.data.changes };
      return { status: 'CONDUCTED', record: { ...merged, results: resultsWithFindingIds(merged.results, merged.findings) } };
    }
    case 'InspectionWithdrawn':
      return state.status === 'CONDUCTED' ? { status: 'WITHDRAWN', record: state.record } : state;
    default:
      return state;
  }
}
