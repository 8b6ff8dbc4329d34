import type { AccountabilityService } from '../application/accountability.service';
import type { InactionReviewService } from '../application/inaction-review.service';
import type { InspectionService } from '../application/inspection.service';
import type { OversightService } from '../application/oversight.service';
import type { RectificationService } from '../application/rectification.service';
import type { RegionStatisticsService } from '../application/region-statistics.service';
import type { RegistryService } from '../application/registry.service';
import type { ReadScope } from '../auth/scope';
import type { UnitImporter } from '../application/unit-import';
import type { Actor } from '../domain/shared/event';
import type { Ledger } from '../ledger';
import type { EventStore } from '../eventstore/port';
import type { ReadStore } from '../readstore/port';
import type { Loaders } from './loaders';
import type { ErasureService } from '../privacy/erasure.service';

/** Built per request by the HTTP layer; resolvers get everything they use from here. */
export interface Context {
  /** The authenticated actor (the HTTP layer refuses requests without a valid token). */
  actor: Actor | null;
  /** What the actor may read; every read path applies it. */
  scope: ReadScope;
  correlationId: string;
  now: () => Date;
  readStore: ReadStore;
  /** For the few reads that need the log itself (an event by position); queries otherwise read read models. */
  eventStore: EventStore;
  loaders: Loaders;
  registry: RegistryService;
  inspections: InspectionService;
  rectifications: RectificationService;
  oversight: OversightService;
  importer: UnitImporter;
  /** The two-year cycle and late records, over the accountability read models. */
  accountability: AccountabilityService;
  /** The inaction review (行政不作为), over the read models. */
  inaction: InactionReviewService;
  /** Region statistics (regionStatistics), over the region-activity read model. */
  statistics: RegionStatisticsService;
  /** The audit trail: checkpoints and proofs. */
  ledger: Ledger;
  /** erasePersonalData (src/privacy); absent or null when personal-data encryption is off. */
  privacy?: ErasureService | null;
}
