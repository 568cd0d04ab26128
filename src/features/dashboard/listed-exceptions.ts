import { selectExceptions, type ExceptionKind, type RowLike } from '@/domain/aggregate';

/** The rows listed on the page: those in the sections shown, each indicator once. */
export function listedExceptions<T extends RowLike & { indicator: { id: string } }>(
  rows: readonly T[],
  kinds: readonly ExceptionKind[],
): T[] {
  return [
    ...new Map(
      kinds
        .flatMap((kind) => selectExceptions(rows, kind))
        .map((row) => [row.indicator.id, row] as const),
    ).values(),
  ];
}
