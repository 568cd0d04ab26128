import * as z from 'zod/mini';

/**
 * Where to go after signing in: a path on this site only. Anything else (another origin,
 * `//evil.example`, a backslash trick) falls back to the dashboard, so the link cannot be used to
 * send someone elsewhere after they trust the page.
 */
export const returnToSchema = z.catch(z.string().check(z.regex(/^\/(?![/\\])[^\\]*$/)), '/');

export const signInSearchSchema = z.object({ from: z.optional(returnToSchema) });
export type SignInSearch = z.infer<typeof signInSearchSchema>;
