import { useState } from 'react';
import type { ReactNode } from 'react';
import './data-table.css';

export interface Column<T> {
  id: string;
  header: string;
  /** Extra visible words under the header, e.g. the period. */
  subheader?: string;
  cell: (row: T) => ReactNode;
  /** Present when the column can be sorted; null values sort last. */
  sortValue?: (row: T) => string | number | null;
  numeric?: boolean;
  /** The column naming the row: rendered as a row header for screen readers. */
  isRowHeader?: boolean;
  className?: string;
}

export interface RowGroup<T> {
  key: string;
  /** Headings opening the group, outermost first (directorate, division, unit); empty for none. */
  headings: { key: string; text: ReactNode; level: number }[];
  rows: T[];
}

interface SortState {
  columnId: string;
  direction: 'ascending' | 'descending';
}

interface DataTableProps<T> {
  caption: ReactNode;
  columns: Column<T>[];
  groups: RowGroup<T>[];
  rowKey: (row: T) => string;
  captionHidden?: boolean;
  className?: string;
  /** On narrow screens, show each row as a stack of labelled cells instead of scrolling sideways. */
  reflow?: boolean;
}

function compare(a: string | number | null, b: string | number | null): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'en-GB', { numeric: true });
}

/** A semantic table: caption, scoped headers, optional row groups, and sortable columns that announce their order. */
export function DataTable<T>({
  caption,
  columns,
  groups,
  rowKey,
  captionHidden = false,
  className,
  reflow = false,
}: DataTableProps<T>) {
  const [sort, setSort] = useState<SortState | null>(null);
  const sortColumn = sort ? columns.find((c) => c.id === sort.columnId) : undefined;
  const sortRows = (rows: T[]): T[] => {
    const getValue = sortColumn?.sortValue;
    if (!sort || !getValue) return rows;
    const sign = sort.direction === 'ascending' ? 1 : -1;
    return [...rows].sort((a, b) => {
      const va = getValue(a);
      const vb = getValue(b);
      // Missing values stay at the bottom whichever way the column is sorted.
      if (va === null || vb === null) return compare(va, vb);
      return sign * compare(va, vb);
    });
  };
  const toggle = (columnId: string) => {
    setSort((current) =>
      current?.columnId === columnId
        ? { columnId, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { columnId, direction: 'ascending' },
    );
  };

  return (
    <table
      className={['data-table', reflow ? 'data-table--reflow' : '', className]
        .filter(Boolean)
        .join(' ')}
    >
      <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => {
            const ariaSort =
              sort?.columnId === column.id ? sort.direction : column.sortValue ? 'none' : undefined;
            return (
              <th
                key={column.id}
                scope="col"
                aria-sort={ariaSort}
                className={
                  [column.numeric ? 'is-numeric' : '', column.className ?? ''].join(' ').trim() ||
                  undefined
                }
              >
                {column.sortValue ? (
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => {
                      toggle(column.id);
                    }}
                  >
                    <span>
                      {column.header}
                      {column.subheader ? (
                        <span className="data-table__subheader">{column.subheader}</span>
                      ) : null}
                    </span>
                    <SortIcon state={ariaSort ?? 'none'} />
                  </button>
                ) : (
                  <>
                    {column.header}
                    {column.subheader ? (
                      <span className="data-table__subheader">{column.subheader}</span>
                    ) : null}
                  </>
                )}
              </th>
            );
          })}
        </tr>
      </thead>
      {groups.map((group) => (
        <tbody key={group.key}>
          {group.headings.map((heading) => (
            <tr
              key={heading.key}
              className={`data-table__group data-table__group--level-${heading.level}`}
            >
              <th scope="rowgroup" colSpan={columns.length}>
                {heading.text}
              </th>
            </tr>
          ))}
          {sortRows(group.rows).map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => {
                const cellClass =
                  [column.numeric ? 'is-numeric' : '', column.className ?? ''].join(' ').trim() ||
                  undefined;
                return column.isRowHeader ? (
                  <th key={column.id} scope="row" className={cellClass} data-label={column.header}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.id} className={cellClass} data-label={column.header}>
                    {column.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}

function SortIcon({ state }: { state: 'ascending' | 'descending' | 'none' }) {
  return (
    <svg
      className="sort-icon"
      viewBox="0 0 10 14"
      width="10"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M5 1 L9 6 H1 Z" className={state === 'ascending' ? 'is-on' : undefined} />
      <path d="M5 13 L9 8 H1 Z" className={state === 'descending' ? 'is-on' : undefined} />
    </svg>
  );
}
