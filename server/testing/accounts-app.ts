/**
 * The whole server (createApp + the accounts plugin) over the fixture dataset on a throwaway
 * database, with the people a test file names already in it: the setup the API tests share.
 */
import type { Hono } from 'hono';
import type { RoleGrant, UnitRef } from '@/domain/roles';
import type { AccountsDatabase } from '../auth/db';
import { hashPassword } from '../auth/password';
import { accountsPlugin } from '../auth/plugin';
import { TestBrowser } from '../auth/test-client';
import { createPerson } from '../auth/users';
import { createApp } from '../http/app';
import { startService } from '../service';

type Service = Awaited<ReturnType<typeof startService>>;
import { FIXTURE_DATASET, openTestDatabase } from './test-database';

/** Every test person's password. */
export const TEST_PASSWORD = 'a good long password';

export interface TestPerson {
  email: string;
  name: string;
  grants: readonly RoleGrant[];
}

/** A unit of the fixture dataset's one structure. */
export const fixtureUnit = (nodeId: string): UnitRef => ({ structureId: 'test-org', nodeId });

/** The cast the API tests sign in as; each file opens the app with the people it needs. */
export const PEOPLE = {
  ada: { email: 'ada@example.org', name: 'Ada Admin', grants: [{ role: 'administrator' }] },
  vic: { email: 'vic@example.org', name: 'Vic Viewer', grants: [{ role: 'viewer' }] },
  cat: {
    email: 'cat@example.org',
    name: 'Cat Contributor',
    grants: [{ role: 'contributor', unit: fixtureUnit('unit-b') }],
  },
  alf: {
    email: 'alf@example.org',
    name: 'Alf Approver',
    grants: [{ role: 'approver', unit: fixtureUnit('customer-and-communities') }],
  },
  otto: {
    email: 'otto@example.org',
    name: 'Otto Other',
    grants: [{ role: 'contributor', unit: fixtureUnit('unit-a') }],
  },
  ann: {
    email: 'ann@example.org',
    name: 'Ann Analyst',
    grants: [{ role: 'contributor', unit: fixtureUnit('unit-a') }],
  },
  bob: {
    email: 'bob@example.org',
    name: 'Bob Analyst',
    grants: [{ role: 'contributor', unit: fixtureUnit('unit-a') }],
  },
} satisfies Record<string, TestPerson>;

export interface AccountsApp {
  app: Hono;
  db: AccountsDatabase;
  /** The running service, for a test that rebuilds its read model from the database. */
  service: Service;
  /** A browser signed in as this person (sign-in must succeed), or signed out for null. */
  as(email: string | null): Promise<TestBrowser>;
  close(): Promise<void>;
}

/** The fixture dataset unless a test needs another (Kent's, for its real profiles). */
export interface AccountsAppOptions {
  datasets?: string[];
}

export async function openAccountsApp(
  people: readonly TestPerson[],
  options: AccountsAppOptions = {},
): Promise<AccountsApp> {
  // People the API adds (and passwords it changes) get the same cheap cost as the ones below.
  process.env.RAGSTONE_SCRYPT_N ??= '1024';
  const database = await openTestDatabase();
  const service = await startService(database.handle, {
    datasets: options.datasets ?? [FIXTURE_DATASET],
  });
  // A cheap scrypt cost: the tests sign in dozens of times and prove nothing about its strength.
  const passwordHash = await hashPassword(TEST_PASSWORD, { N: 1024, r: 8, p: 1 });
  for (const person of people) {
    await createPerson(database.handle.db, { ...person, passwordHash });
  }
  const accounts = accountsPlugin({ db: database.handle.db, service, config: {} });
  const app = createApp({
    service,
    getActor: accounts.getActor,
    plugins: [accounts.plugin],
    rateLimit: false,
  });
  return {
    app,
    db: database.handle.db,
    service,
    async as(email) {
      const browser = new TestBrowser(app, '/api');
      if (email === null) return browser;
      const response = await browser.signIn(email, TEST_PASSWORD);
      if (response.status !== 200) {
        throw new Error(`${email} could not sign in: ${response.status} ${await response.text()}`);
      }
      return browser;
    },
    close: () => database.drop(),
  };
}
