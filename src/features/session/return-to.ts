import { z } from 'zod';

/**
 * Where to go after signing in: a path on this site only. Anything else (another origin,
 * `//evil.example`, a backslash trick) falls back to the dashboard, so the link cannot be used to
 * send someone elsewhere after they trust the page.
 */
export const returnToSchema = z
  .string()
  .regex(/^\/(?![/\\])[^\\]*$/)
  .catch('/');

export const signInSearchSchema = z.object({ from: returnToSchema.optional() });
export type SignInSearch = z.infer<typeof signInSearchSchema>;
