import type { RegistryService } from '../application/registry.service';
import type { UnitImporter } from '../application/unit-import';
import type { Actor } from '../domain/shared/event';
import type { ReadStore } from '../readstore/port';
import type { Loaders } from './loaders';

/** Built per request by the HTTP layer; resolvers get everything they use from here. */
export interface Context {
  /** Null when the request names no actor: reads are allowed, writes are not. */
  actor: Actor | null;
  correlationId: string;
  now: () => Date;
  readStore: ReadStore;
  loaders: Loaders;
  registry: RegistryService;
  importer: UnitImporter;
}
