/** The audit log as CSV: pure, so the server and the mock service export it alike. */
import type { AuditEntryBody } from '@/data/api/contract';

const COLUMNS = [
  'id',
  'at',
  'actorId',
  'actorName',
  'action',
  'subject',
  'oldValue',
  'newValue',
  'reason',
  'address',
] as const;

/**
 * A CSV cell: quoted when needed, and a leading = + - @ (or tab/CR) defused with an apostrophe so
 * a spreadsheet never runs a formula somebody typed into a reason.
 */
export function csvCell(value: unknown): string {
  let text =
    value === null || value === undefined
      ? ''
      : typeof value === 'string'
        ? value
        : typeof value === 'number'
          ? String(value)
          : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function auditToCsv(entries: readonly AuditEntryBody[]): string {
  const lines = [COLUMNS.join(',')];
  for (const entry of entries)
    lines.push(COLUMNS.map((column) => csvCell(entry[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
