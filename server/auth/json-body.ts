/** Reading a JSON body and answering 422 the same way on every accounts route. */
import type { Context } from 'hono';

export async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json<unknown>();
  } catch {
    return undefined;
  }
}

/**
 * 422 naming the first field zod complained about, in its words. `wholePath` names the element
 * too (`shares.4`), for a list whose items a form shows as separate fields.
 */
export const unprocessable = (
  c: Context,
  issue: { message: string; path: readonly PropertyKey[] } | undefined,
  options: { wholePath?: boolean } = {},
) =>
  c.json(
    {
      error: issue?.message ?? 'The request was not understood.',
      field:
        options.wholePath && issue && issue.path.length > 0
          ? issue.path.map(String).join('.')
          : String(issue?.path[0] ?? 'body'),
    },
    422,
  );
