/** The bytes a browser would read from a response: its body decoded as its Content-Encoding says. */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

export async function decodedBody(response: Response): Promise<string> {
  const raw = Buffer.from(await response.arrayBuffer());
  const encoding = response.headers.get('content-encoding');
  if (encoding === 'br') return brotliDecompressSync(raw).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(raw).toString('utf8');
  if (encoding !== null) throw new Error(`unexpected encoding ${encoding}`);
  return raw.toString('utf8');
}
