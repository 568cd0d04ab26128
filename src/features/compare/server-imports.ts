import { useQuery } from '@tanstack/react-query';
import { transportKind } from '@/data/api/client';
import { benchmarkImportsQuery } from '@/data/api/queries';
import type { ServerImports } from './imported-store';

/**
 * The imports the Ragstone server keeps, asked with the page's first render so the server draws
 * the page with them in its state and the browser need not load the API client to ask (ADR
 * 0093). 'waiting' while the answer is on its way; undefined where there is no server to ask (a
 * static host) or it failed, and the store then decides (and says what went wrong) itself.
 */
export function useServerImports(): ServerImports | 'waiting' | undefined {
  const hasServer = transportKind() === 'http';
  const query = useQuery({ ...benchmarkImportsQuery(), enabled: hasServer });
  if (!hasServer || query.isError) return undefined;
  return query.isPending ? 'waiting' : query.data;
}
