import { searchSchema, type Param, type SearchOf } from '@/ui/navigation';

const SITE_PATH = /^\/(?![/\\])[^\\]*$/;

/**
 * Where to go after signing in: a path on this site only. Anything else (another origin,
 * `//evil.example`, a backslash trick) falls back to the dashboard, so the link cannot be used to
 * send someone elsewhere after they trust the page.
 */
export const returnToParam: Param<string> = (raw) => {
  if (raw === undefined) return undefined;
  return typeof raw === 'string' && SITE_PATH.test(raw) ? raw : '/';
};

export const signInSearchSchema = searchSchema({ from: returnToParam });
export type SignInSearch = SearchOf<typeof signInSearchSchema>;
