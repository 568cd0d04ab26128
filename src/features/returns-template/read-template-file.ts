/**
 * From the bytes of a chosen file to the preview: XLSX through exceljs, CSV through the shared CSV
 * reader, then the template's rules. Plain data in and out, so it runs in a Web Worker.
 */
import { readCsvSheet, readXlsx } from '@/lib/read-workbook';
import type { NumberLocale } from '@/lib/read-number';
import { readTemplate, type IndicatorFacts, type TemplateReading } from './read-template';

export interface ReadRequest {
  bytes: ArrayBuffer;
  fileName: string;
  indicators: IndicatorFacts[];
  locale: NumberLocale;
}

export type ReadReply =
  { type: 'read'; reading: TemplateReading } | { type: 'failed'; message: string };

/** The largest file read: a template of 5,000 rows is well under 5 MB. */
export const MAX_TEMPLATE_BYTES = 20 * 1024 * 1024;

/** An XLSX file is a zip archive, which starts with "PK". */
const isZip = (bytes: ArrayBuffer) => {
  const start = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
  return start[0] === 0x50 && start[1] === 0x4b;
};

export async function readTemplateFile(request: ReadRequest): Promise<ReadReply> {
  if (request.bytes.byteLength > MAX_TEMPLATE_BYTES) {
    return {
      type: 'failed',
      message: `${request.fileName} is ${Math.round(request.bytes.byteLength / 1024 / 1024)} MB; a template of up to 20 MB can be imported. Split it and import each part.`,
    };
  }
  if (isZip(request.bytes)) {
    const workbook = await readXlsx(request.bytes);
    if (!workbook.ok)
      return { type: 'failed', message: `${request.fileName}: ${workbook.problem}` };
    return {
      type: 'read',
      reading: readTemplate(workbook.sheets, request.indicators, request.locale),
    };
  }
  if (/\.xlsx?$/i.test(request.fileName)) {
    return {
      type: 'failed',
      message: `${request.fileName} is not an Excel workbook Ragstone can open (an old .xls or a damaged file). Save it from Excel as .xlsx, or as CSV, and try again.`,
    };
  }
  const text = new TextDecoder('utf-8').decode(request.bytes);
  const sheet = readCsvSheet(text, request.fileName);
  return { type: 'read', reading: readTemplate([sheet], request.indicators, request.locale) };
}
