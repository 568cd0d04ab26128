/**
 * The lower bound for the server benchmark: a plain Node HTTP server answering from JSON files
 * already on disk (read once into memory), with keep-alive, as a static host or CDN would.
 *   tsx scripts/bench-server/static-json-server.ts <folder>     prints "listening on <port>"
 * `GET /<name>` answers the file `<folder>/<name>.json`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';

const folder = process.argv[2];
if (folder === undefined) throw new Error('usage: static-json-server.ts <folder>');
const bodies = new Map(
  readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => [`/${name.slice(0, -'.json'.length)}`, readFileSync(join(folder, name))]),
);
const server = createServer((request, response) => {
  const body = bodies.get(request.url ?? '');
  if (body === undefined) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
  response.end(body);
});
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening on ${typeof address === 'object' && address ? address.port : 0}`);
});
