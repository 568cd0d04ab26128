/**
 * Password hashing with node:crypto's scrypt (memory-hard, maintained with Node itself, no
 * native add-on or install script). Each hash carries its own parameters and 16-byte random
 * salt, so the cost can be raised later and old hashes still verify. Comparison is constant-time.
 * Default cost: N=2^15, r=8, p=3, one of OWASP's recommended scrypt settings (about 32 MiB).
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

export const DEFAULT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 3 };
const KEY_LENGTH = 32;
const FORMAT = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/;

/** Tests may lower the cost (RAGSTONE_SCRYPT_N); production never should. */
function costFromEnvironment(): ScryptCost {
  const n = Number(process.env.RAGSTONE_SCRYPT_N);
  return Number.isInteger(n) && n >= 1024 ? { ...DEFAULT_COST, N: n } : DEFAULT_COST;
}

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const options: ScryptOptions = { N: cost.N, r: cost.r, p: cost.p, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

export { MIN_PASSWORD_LENGTH, passwordProblem } from '@/domain/password-rules';

export async function hashPassword(
  password: string,
  cost = costFromEnvironment(),
): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return [
    'scrypt',
    cost.N,
    cost.r,
    cost.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const m = FORMAT.exec(stored);
  if (!m?.[1] || !m[2] || !m[3] || !m[4] || !m[5]) return false;
  const expected = Buffer.from(m[5], 'base64url');
  const key = await derive(password, Buffer.from(m[4], 'base64url'), {
    N: Number(m[1]),
    r: Number(m[2]),
    p: Number(m[3]),
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

let dummyHash: Promise<string> | null = null;
/**
 * Spends the same time as checking a real password, for unknown accounts: otherwise the answer
 * time would tell an attacker which email addresses have accounts.
 */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword('not a real password, only here to take time');
  await verifyPassword(password, await dummyHash);
  return false;
}
