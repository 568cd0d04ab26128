/**
 * The first administrator: from RAGSTONE_ADMIN_EMAIL and RAGSTONE_ADMIN_PASSWORD (and optionally
 * RAGSTONE_ADMIN_NAME) when the server starts with nobody in the database, or from
 * `npm run user:add -- --admin`. Later starts ignore the variables.
 */
import type { RoleGrant } from '@/domain/roles';
import { appendAudit } from './audit';
import type { AccountsDatabase } from './db';
import type { AuthConfig } from './middleware';
import { hashPassword, passwordProblem } from './password';
import { countUsers, createPerson, findByEmail } from './users';

export async function ensureFirstAdministrator(
  db: AccountsDatabase,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<void> {
  if ((await countUsers(db)) > 0) return;
  const email = env.RAGSTONE_ADMIN_EMAIL?.trim();
  const password = env.RAGSTONE_ADMIN_PASSWORD;
  if (!email || password === undefined) {
    log(
      'Nobody can sign in yet: run `npm run user:add -- --admin --email you@council.gov.uk --name "Your Name"`, or start once with RAGSTONE_ADMIN_EMAIL and RAGSTONE_ADMIN_PASSWORD set.',
    );
    return;
  }
  const person = await addPerson(db, {
    email,
    name: env.RAGSTONE_ADMIN_NAME?.trim() || email,
    password,
    grants: [{ role: 'administrator' }],
  });
  log(`Created the first administrator, ${person.email}.`);
}

export interface AddPersonInput {
  email: string;
  name: string;
  password: string | undefined;
  grants: RoleGrant[];
}

/** Shared by the start-up path and the command; refuses weak passwords and duplicates. */
export async function addPerson(db: AccountsDatabase, input: AddPersonInput) {
  if (input.password !== undefined) {
    const problem = passwordProblem(input.password);
    if (problem) throw new Error(problem);
  }
  if (await findByEmail(db, input.email)) throw new Error(`${input.email} already has an account.`);
  const person = await createPerson(db, {
    email: input.email,
    name: input.name,
    passwordHash: input.password === undefined ? null : await hashPassword(input.password),
    grants: input.grants,
  });
  await appendAudit(db, {
    actor: { id: 'system', name: 'Ragstone (command line or start-up)' },
    action: 'person.create',
    subject: `account ${person.email}`,
    new: { name: person.name, grants: person.grants },
    address: '',
  });
  return person;
}

/**
 * Trusted reverse-proxy mode, off unless RAGSTONE_TRUSTED_PROXY is set to the proxy's address(es),
 * comma-separated. RAGSTONE_TRUSTED_PROXY_EMAIL_HEADER names the header (default X-Forwarded-Email).
 */
export function authConfigFromEnv(env: NodeJS.ProcessEnv): AuthConfig {
  const addresses = (env.RAGSTONE_TRUSTED_PROXY ?? '')
    .split(',')
    .map((address) => address.trim())
    .filter((address) => address !== '');
  const extraOrigins = (env.RAGSTONE_EXTRA_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  return {
    ...(addresses.length === 0
      ? {}
      : {
          trustedProxy: {
            addresses,
            emailHeader: (
              env.RAGSTONE_TRUSTED_PROXY_EMAIL_HEADER ?? 'x-forwarded-email'
            ).toLowerCase(),
          },
        }),
    extraOrigins,
  };
}
