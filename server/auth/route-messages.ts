/**
 * The words the accounts routes answer with where the wording depends on the case (a count, a
 * name, a wait). Kept apart from the handlers so each choice of words is tested on its own.
 */
import { formatPeriod } from '@/domain/periods';

/** "1 second" or "30 seconds". */
const counted = (count: number, one: string, many: string) =>
  `${count} ${count === 1 ? one : many}`;

/** Whole seconds to wait, rounded up, for a rate limiter's wait in milliseconds. */
export const retryAfterSeconds = (retryAfterMs: number): number => Math.ceil(retryAfterMs / 1000);

export const tooManySignInAttempts = (seconds: number): string =>
  `Too many attempts to sign in. Wait ${counted(seconds, 'second', 'seconds')} and try again.`;

export const accountExists = (email: string): string => `${email} already has an account.`;

export const batchAlreadyUndone = (undoneBy: string | null): string =>
  `This import was already undone by ${undoneBy ?? 'someone'}.`;

/** `refusals` are whole sentences, one per figure that moved on since the import. */
export const batchUndoRefused = (refusals: readonly string[]): string =>
  `This import cannot be undone, because ${
    refusals.length === 1 ? 'one of its figures has' : `${refusals.length} of its figures have`
  } moved on: ${refusals.join(' ')} Correct those figures one by one instead.`;

/** Someone changed a year's monthly profile since the administrator read it. */
export const profileChangedSinceRead = (
  year: string,
  current: { version: number; actor: { name: string } } | null,
): string =>
  `The monthly profile for ${formatPeriod(year)} changed since you looked: it is now version ${String(
    current?.version ?? 0,
  )}${current ? `, set by ${current.actor.name}` : ''}. Look at it again before you change it.`;
