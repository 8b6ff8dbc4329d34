import { RegistryService } from '../../../src/application/registry.service';
import type { CommandMetadata } from '../../../src/application/command-handler';
import { unitStreamId } from '../../../src/domain/registry/registry.events';
import type { RegisterUnit } from '../../../src/domain/registry/unit.commands';
import { makeCreditCode } from '../../../src/domain/shared/credit-code';
import { ConflictError } from '../../../src/domain/shared/errors';
import type { NewEvent, RecordedEvent } from '../../../src/domain/shared/event';
import type { AppendOptions, AppendResult, EventStore } from '../../../src/eventstore/port';

/**
 * Just enough of an event store for the service's load → decide → append (no concurrency, no subscriptions):
 * these specs are about which stream a command lands in, not about storage.
 */
class StreamsOnlyEventStore implements EventStore {
  readonly log: RecordedEvent[] = [];

  async appendToStream(streamId: string, events: readonly NewEvent[], _options?: AppendOptions): Promise<AppendResult> {
    let revision = this.log.filter((e) => e.streamId === streamId).length - 1;
    const appended = events.map((event) => {
      const recorded: RecordedEvent = {
        ...event,
        streamId,
        revision: ++revision,
        position: this.log.length + 1,
        metadata: { ...event.metadata, recordedAt: '2024-05-01T00:00:00.000Z' },
      };
      this.log.push(recorded);
      return recorded;
    });
    return { nextExpectedRevision: revision, lastPosition: this.log.length, events: appended, written: true };
  }
  async readStream(streamId: string): Promise<RecordedEvent[]> {
    return this.log.filter((e) => e.streamId === streamId);
  }
  async readAll(): Promise<RecordedEvent[]> {
    return [...this.log];
  }
  subscribeToAll(): never {
    throw new Error('not needed here');
  }
  async headPosition(): Promise<number> {
    return this.log.length;
  }
  async close(): Promise<void> {}
}

const metadata: CommandMetadata = {
  actor: { id: 'staff-1', role: 'BUREAU_STAFF', bureauId: '330106' },
  occurredAt: '2024-05-01',
  correlationId: 'corr-1',
};

function register(unitId: string): RegisterUnit {
  return {
    type: 'RegisterUnit',
    data: {
      unitId,
      name: '某单位',
      category: 'ENTERPRISE',
      unitClass: null,
      regionCode: '330106',
      bureauId: '330106',
      address: null,
      checkOverrideReason: null,
    },
  };
}

async function serviceWithBureau(): Promise<{ service: RegistryService; store: StreamsOnlyEventStore }> {
  const store = new StreamsOnlyEventStore();
  const service = new RegistryService(store);
  await service.establishBureau({ regionCode: '330106', name: '西湖区档案局' }, { ...metadata, actor: { id: 'admin-1', role: 'NATIONAL_ADMIN' } });
  return { service, store };
}

/**
 * Known bug, reported to the lead: RegistryService.execute names the stream by the credit code as typed
 * (`unitStreamId(command.data.unitId)`), while the decider normalises it (upper case, no spaces or hyphens) in
 * the event. A code typed in lower case therefore lands in a stream no later command finds, and the duplicate
 * check (which only sees that stream) lets the same credit code be registered twice while active.
 */
describe('RegistryService: the unit stream is named by the normalised credit code', () => {
  // A code with a letter in it, so that case matters.
  const unitId = makeCreditCode(4242, { region: '330106', department: 'Y' });

  it('writes a registration typed in lower case to the stream of the normalised code', async () => {
    const { service } = await serviceWithBureau();
    const result = await service.execute(register(unitId.toLowerCase()), metadata);
    expect(result.events[0]?.data).toMatchObject({ unitId });
    expect(result.streamId).toBe(unitStreamId(unitId));
  });

  it('refuses a second registration of an active code typed differently: DUPLICATE_CREDIT_CODE', async () => {
    const { service } = await serviceWithBureau();
    await service.execute(register(unitId.toLowerCase()), metadata);
    await expect(service.execute(register(unitId), metadata)).rejects.toBeInstanceOf(ConflictError);
  });

  it('registers a correctly typed code in its stream (control)', async () => {
    const { service } = await serviceWithBureau();
    const result = await service.execute(register(unitId), metadata);
    expect(result.streamId).toBe(unitStreamId(unitId));
    await expect(service.execute(register(unitId), metadata)).rejects.toMatchObject({ reason: 'DUPLICATE_CREDIT_CODE' });
  });
});
