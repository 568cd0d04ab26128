/**
 * `npm run user:add -- --email ann@kent.gov.uk --name "Ann Smith" [--admin]
 *   [--contributor cc-2012/libraries-archives-and-registration-services] [--approver structure/node]
 *   [--viewer]`
 * Adds a person to the database the server uses (DATABASE_URL, or PGlite in RAGSTONE_DATA_DIR or
 * data/db). The password is read from RAGSTONE_NEW_PASSWORD, or asked for without echo.
 */
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { RoleGrant } from '@/domain/roles';
import { addPerson } from '../server/auth/bootstrap';
import { openDatabase } from '../server/db/connect';
import { migrate } from '../server/db/migrate';
import { argument, argumentsNamed } from './lib/cli';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function unitGrant(role: 'contributor' | 'approver', text: string): RoleGrant {
  const [structureId, nodeId] = text.split('/');
  if (!structureId || !nodeId)
    throw new Error(
      `--${role} takes structure/node, e.g. cc-2012/culture-and-sport (got "${text}")`,
    );
  return { role, unit: { structureId, nodeId } };
}

function askHidden(question: string): Promise<string> {
  return new Promise((resolveAnswer) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    // Echo nothing while the password is typed.
    const output = rl as unknown as { _writeToOutput: (text: string) => void };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolveAnswer(answer);
    });
    output._writeToOutput = () => undefined;
  });
}

async function main(): Promise<void> {
  const email = argument('email');
  const name = argument('name') ?? email;
  if (!email || !name) throw new Error('Give --email (and --name).');
  const grants: RoleGrant[] = [
    ...(process.argv.includes('--admin') ? [{ role: 'administrator' as const }] : []),
    ...(process.argv.includes('--viewer') ? [{ role: 'viewer' as const }] : []),
    ...argumentsNamed('contributor').map((unit) => unitGrant('contributor', unit)),
    ...argumentsNamed('approver').map((unit) => unitGrant('approver', unit)),
  ];
  if (grants.length === 0) grants.push({ role: 'viewer' });
  const password =
    process.env.RAGSTONE_NEW_PASSWORD ??
    (process.stdin.isTTY ? await askHidden('Password: ') : undefined);
  const handle = await openDatabase({
    databaseUrl: process.env.DATABASE_URL,
    dataDir: resolve(process.env.RAGSTONE_DATA_DIR ?? join(root, 'data/db')),
  });
  try {
    await migrate(handle);
    const person = await addPerson(handle.db, { email, name, password, grants });
    console.log(
      `Added ${person.name} <${person.email}>: ${person.grants.map((g) => ('unit' in g ? `${g.role} for ${g.unit.structureId}/${g.unit.nodeId}` : g.role)).join(', ')}.`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
