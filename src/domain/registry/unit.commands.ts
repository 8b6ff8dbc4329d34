import type { DeregistrationReason, UnitCategory, UnitClass } from './registry.events';

export type RegisterUnit = {
  type: 'RegisterUnit';
  data: {
    unitId: string;
    name: string;
    category: UnitCategory;
    unitClass: UnitClass | null;
    regionCode: string;
    bureauId: string;
    address: string | null;
    /** Accept a code that fails the GB 32100 check: only with a written reason, and recorded. */
    checkOverrideReason: string | null;
  };
};

export type AmendUnitDetails = {
  type: 'AmendUnitDetails';
  data: {
    unitId: string;
    name?: string;
    address?: string | null;
    category?: UnitCategory;
    regionCode?: string;
    reason: string | null;
  };
};

export type ClassifyUnit = {
  type: 'ClassifyUnit';
  data: { unitId: string; unitClass: UnitClass; reason: string | null };
};

export type TransferUnit = {
  type: 'TransferUnit';
  data: { unitId: string; toBureauId: string; reason: string };
};

export type DeregisterUnit = {
  type: 'DeregisterUnit';
  data: { unitId: string; reason: DeregistrationReason; mergedInto: string | null; note: string | null };
};

export type AssignArchivist = {
  type: 'AssignArchivist';
  data: { unitId: string; archivistId: string; name: string; partTime: boolean; duties: string | null };
};

export type ReleaseArchivist = {
  type: 'ReleaseArchivist';
  data: { unitId: string; archivistId: string; reason: string | null };
};

export type UnitCommand =
  | RegisterUnit
  | AmendUnitDetails
  | ClassifyUnit
  | TransferUnit
  | DeregisterUnit
  | AssignArchivist
  | ReleaseArchivist;
