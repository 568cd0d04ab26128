/** What the command-line scripts share: reading `--name value` flags and printing sizes. */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The value after `--name`, or undefined when the flag is absent. */
export function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

/** Every value given after a repeatable `--name` flag. */
export function argumentsNamed(name: string): string[] {
  return process.argv.flatMap((value, index) => {
    const next = process.argv[index + 1];
    return value === `--${name}` && next !== undefined ? [next] : [];
  });
}

/** True when the module at `moduleUrl` was run directly (`tsx scripts/x.ts`), not imported by a test. */
export function isMainModule(moduleUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && resolve(entry) === fileURLToPath(moduleUrl);
}

export const kb = (bytes: number) =>
  `${(bytes / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} KB`;
