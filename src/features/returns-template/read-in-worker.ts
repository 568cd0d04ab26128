/**
 * Reads a filled template in a Web Worker (one per file), or in the page where there is no Worker
 * (tests, very old browsers): the same steps either way.
 */
import { readTemplateFile, type ReadReply, type ReadRequest } from './read-template-file';

export function readInWorker(request: ReadRequest): Promise<ReadReply> {
  if (typeof Worker === 'undefined') return readTemplateFile(request);
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./template-worker.ts', import.meta.url), { type: 'module' });
    const finish = (reply: ReadReply) => {
      worker.terminate();
      resolve(reply);
    };
    worker.onmessage = (event: MessageEvent<ReadReply>) => {
      finish(event.data);
    };
    worker.onerror = (event) => {
      finish({ type: 'failed', message: `The file could not be read: ${event.message}` });
    };
    worker.postMessage(request, [request.bytes]);
  });
}
