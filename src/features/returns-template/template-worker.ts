/// <reference lib="webworker" />
/** The Web Worker that reads a filled template, so a large workbook never freezes the page. */
import { readTemplateFile, type ReadRequest } from './read-template-file';

self.onmessage = (event: MessageEvent<ReadRequest>) => {
  readTemplateFile(event.data).then(
    (reply) => {
      self.postMessage(reply);
    },
    (error: unknown) => {
      self.postMessage({
        type: 'failed',
        message: `The file could not be read: ${error instanceof Error ? error.message : String(error)}`,
      });
    },
  );
};
