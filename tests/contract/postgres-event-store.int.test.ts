import { describeWithServer } from '../support/require-server';
import { describeEventStoreContract } from './event-store.contract';
import { openIsolatedStore, postgresSkipReason } from './postgres-support';

describeWithServer('PostgresEventStore', postgresSkipReason, () => {
  describeEventStoreContract('PostgresEventStore', async () => {
    const { store, cleanup } = await openIsolatedStore();
    return { store, cleanup };
  });
});
