// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './password';

const cheap = { N: 1024, r: 8, p: 1 };

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('correct horse battery staple', cheap);
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(hash).not.toContain('horse');
    await expect(verifyPassword('correct horse battery staple', hash)).resolves.toBe(true);
    await expect(verifyPassword('correct horse battery stapler', hash)).resolves.toBe(false);
  });

  it('salts every hash, so one password never gives the same hash twice', async () => {
    const [a, b] = await Promise.all([
      hashPassword('same password!!', cheap),
      hashPassword('same password!!', cheap),
    ]);
    expect(a).not.toBe(b);
  });

  it('treats composed and decomposed accents as the same password', async () => {
    const hash = await hashPassword('caf\u00e9 au lait 2012', cheap);
    await expect(verifyPassword('cafe\u0301 au lait 2012', hash)).resolves.toBe(true);
  });

  it('refuses a stored value it does not understand rather than throwing', async () => {
    await expect(verifyPassword('anything', 'md5$abc')).resolves.toBe(false);
  });

  it('uses the default cost (N=2^15) unless told otherwise', async () => {
    const saved = process.env.RAGSTONE_SCRYPT_N;
    delete process.env.RAGSTONE_SCRYPT_N;
    try {
      expect(await hashPassword('a long enough password')).toMatch(/^scrypt\$32768\$8\$3\$/);
    } finally {
      if (saved !== undefined) process.env.RAGSTONE_SCRYPT_N = saved;
    }
  });

  it.each([
    ['short', 'A password needs at least 12 characters.'],
    ['twelve chars', null],
  ])('new password %j → %s', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });
});
