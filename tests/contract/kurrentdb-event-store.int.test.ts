import { randomBytes } from 'node:crypto';
import { openKurrentEventStore } from '../../src/eventstore/kurrentdb/kurrentdb-event-store';
import { describeWithServer, serverUnreachable } from '../support/require-server';
import { describeEventStoreContract } from './event-store.contract';

/**
 * The contract suite against KurrentDB (25.1 or later), only where KURRENTDB_URL is set, e.g.
 *   docker-compose up -d kurrentdb      (kurrentplatform/kurrentdb:26.1.1, insecure, port 2113)
 *   KURRENTDB_URL='kurrentdb://127.0.0.1:2113?tls=false' npx jest tests/contract/kurrentdb-event-store.int.test.ts
 * Each store of the suite writes under a prefix of its own, so its log starts empty.
 */
const KURRENTDB_URL = process.env['KURRENTDB_URL'];
const skipReason = KURRENTDB_URL ? serverUnreachable(KURRENTDB_URL.replace(/^(kurrentdb|esdb)(\+discover)?:/, 'http:'), 2113) : 'KURRENTDB_URL is not set';

describeWithServer('KurrentEventStore', skipReason, () => {
  describeEventStoreContract('KurrentEventStore', async () => {
    const store = await openKurrentEventStore(KURRENTDB_URL as string, {
      streamPrefix: `t${randomBytes(6).toString('hex')}-`,
      pollIntervalMs: 200,
    });
    return { store, cleanup: () => store.close() };
  });
});

describe('KurrentEventStore — start-up', () => {
  it('fails with a clear message when nothing answers at the URL, without the password', async () => {
    const error = await openKurrentEventStore('kurrentdb://admin:s3cret@127.0.0.1:1?tls=false', { connectTimeoutMs: 2000 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^Cannot use KurrentDB at kurrentdb:\/\/admin:\*\*\*@127\.0\.0\.1:1\?tls=false: nothing answers/);
    expect((error as Error).message).not.toContain('s3cret');
  });

  it('refuses a URL that is not a connection string', async () => {
    await expect(openKurrentEventStore('postgres://127.0.0.1/x')).rejects.toThrow(/not a KurrentDB connection string/);
  });
});
