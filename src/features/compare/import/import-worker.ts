/// <reference lib="webworker" />
/** The Web Worker that parses and reads an imported file, so the page never freezes. */
import { createSessionCore, type SessionReply, type SessionRequest } from './import-session';

const post = (reply: SessionReply, transfer: Transferable[] = []) => {
  self.postMessage(reply, transfer);
};
const handle = createSessionCore(post);
self.onmessage = (event: MessageEvent<SessionRequest>) => {
  handle(event.data);
};
