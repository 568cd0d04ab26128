// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  accountExists,
  batchAlreadyUndone,
  batchUndoRefused,
  profileChangedSinceRead,
  retryAfterSeconds,
  tooManySignInAttempts,
} from './route-messages';
import { batchCellsRefused } from '@server/engine/batch-check';

describe('the words the accounts routes answer with', () => {
  it('asks a person slowed at sign-in to wait whole seconds, rounded up', () => {
    expect(retryAfterSeconds(1)).toBe(1);
    expect(retryAfterSeconds(1000)).toBe(1);
    expect(retryAfterSeconds(29_001)).toBe(30);
    expect(tooManySignInAttempts(1)).toBe(
      'Too many attempts to sign in. Wait 1 second and try again.',
    );
    expect(tooManySignInAttempts(30)).toBe(
      'Too many attempts to sign in. Wait 30 seconds and try again.',
    );
  });

  it('names the email that already has an account', () => {
    expect(accountExists('ada@example.org')).toBe('ada@example.org already has an account.');
  });

  it('counts the cells that stop a batch, in the singular for one', () => {
    expect(batchCellsRefused(1)).toBe('1 cell cannot be imported; nothing was written.');
    expect(batchCellsRefused(3)).toBe('3 cells cannot be imported; nothing was written.');
  });

  it('says who undid an import, or someone when the name is lost', () => {
    expect(batchAlreadyUndone('Cat Contributor')).toBe(
      'This import was already undone by Cat Contributor.',
    );
    expect(batchAlreadyUndone(null)).toBe('This import was already undone by someone.');
  });

  it('lists the figures that moved on since an import, one or many', () => {
    expect(batchUndoRefused(['PAF C28 for July 2012 was approved.'])).toBe(
      'This import cannot be undone, because one of its figures has moved on: PAF C28 for July 2012 was approved. Correct those figures one by one instead.',
    );
    expect(batchUndoRefused(['A moved.', 'B moved.'])).toBe(
      'This import cannot be undone, because 2 of its figures have moved on: A moved. B moved. Correct those figures one by one instead.',
    );
  });

  it('tells an administrator which version of a monthly profile is current, and who set it', () => {
    expect(profileChangedSinceRead('2012/13', { version: 2, actor: { name: 'Ada Admin' } })).toBe(
      'The monthly profile for 2012/13 changed since you looked: it is now version 2, set by Ada Admin. Look at it again before you change it.',
    );
    expect(profileChangedSinceRead('2012/13', null)).toBe(
      'The monthly profile for 2012/13 changed since you looked: it is now version 0. Look at it again before you change it.',
    );
  });
});
