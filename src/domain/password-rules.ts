/** What a new password must be: one rule for the server, the screens and the mock service. */

export const MIN_PASSWORD_LENGTH = 12;

/** Why a new password is refused, or null. Length over rules, as NCSC advises. */
export function passwordProblem(password: string): string | null {
  if (Array.from(new Intl.Segmenter().segment(password)).length < MIN_PASSWORD_LENGTH) {
    return `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`;
  }
  if (password.length > 1024) return 'A password can have at most 1,024 characters.';
  return null;
}
