/**
 * For tests: what the page hands the browser to download. Not used by the app.
 */
import { Workbook } from 'exceljs';
import Papa from 'papaparse';
import { expect, onTestFinished, vi } from 'vitest';

export interface Download {
  fileName: string;
  text: string;
  /** The file as bytes, for workbooks. */
  bytes: ArrayBuffer;
}

/**
 * jsdom has no URL.createObjectURL (a browser API) and cannot follow a download link, so the
 * test supplies the first and stops the second, keeping what the page handed over.
 */
export function captureDownloads(): Download[] {
  const downloads: Download[] = [];
  const blobs: Blob[] = [];
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: vi.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:test/${blobs.length}`;
    }),
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: vi.fn() });
  const stopNavigation = (event: MouseEvent) => {
    const link = event.target;
    if (link instanceof HTMLAnchorElement && link.hasAttribute('download')) {
      event.preventDefault();
      const blob = blobs.at(-1);
      if (blob) {
        // jsdom's Blob has no text(); its FileReader reads it.
        const reader = new FileReader();
        reader.onload = () => {
          // Decoded by hand: readAsText would drop the byte-order mark the test checks for.
          const bytes = reader.result instanceof ArrayBuffer ? reader.result : new ArrayBuffer(0);
          const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
          downloads.push({ fileName: link.download, text, bytes });
        };
        reader.readAsArrayBuffer(blob);
      }
    }
  };
  document.addEventListener('click', stopNavigation, true);
  onTestFinished(() => {
    document.removeEventListener('click', stopNavigation, true);
  });
  return downloads;
}

export function parseCsvDownload(text: string): Record<string, string>[] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true })
    .data;
}

/** A downloaded workbook, read back with the library that wrote it. */
export async function readWorkbookDownload(download: Download | undefined): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(download?.bytes ?? new ArrayBuffer(0));
  return workbook;
}
