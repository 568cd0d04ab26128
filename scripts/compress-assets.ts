/**
 * `npm run build`'s last step: writes `x.br` and `x.gz` beside every text asset in dist/assets at
 * the highest levels (brotli 11, gzip 9), once per build, so the server sends them compressed at
 * no CPU per request (server/http/asset-encodings.ts, ADR 0094). Prints what it saved and the CPU
 * it took. Static hosts that look for such files (nginx gzip_static, brotli_static) use them too.
 *   npx tsx scripts/compress-assets.ts [--dir dist]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { getMimeType } from 'hono/utils/mime';
import { ENCODED_SUFFIX } from '../server/http/asset-encodings';
import { isCompressible, MIN_COMPRESS_BYTES } from '../server/http/compression';
import { argument, isMainModule, kb } from './lib/cli';

export interface CompressedAssets {
  files: number;
  bytes: number;
  brotli: number;
  gzip: number;
  cpuMs: number;
}

export function compressAssets(assetsDir: string): CompressedAssets {
  const started = process.cpuUsage();
  const totals = { files: 0, bytes: 0, brotli: 0, gzip: 0 };
  for (const name of readdirSync(assetsDir)) {
    if (name.endsWith(ENCODED_SUFFIX.br) || name.endsWith(ENCODED_SUFFIX.gzip)) continue;
    if (!isCompressible(getMimeType(name))) continue;
    const file = join(assetsDir, name);
    const body = readFileSync(file);
    if (body.byteLength < MIN_COMPRESS_BYTES) continue;
    const brotli = brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
      },
    });
    const gzip = gzipSync(body, { level: 9 });
    writeFileSync(`${file}${ENCODED_SUFFIX.br}`, brotli);
    writeFileSync(`${file}${ENCODED_SUFFIX.gzip}`, gzip);
    totals.files += 1;
    totals.bytes += body.byteLength;
    totals.brotli += brotli.byteLength;
    totals.gzip += gzip.byteLength;
  }
  const cpu = process.cpuUsage(started);
  return { ...totals, cpuMs: Math.round((cpu.user + cpu.system) / 1000) };
}

if (isMainModule(import.meta.url)) {
  const dir = argument('dir') ?? 'dist';
  const done = compressAssets(join(dir, 'assets'));
  console.log(
    `Compressed ${done.files} assets (${kb(done.bytes)}): brotli ${kb(done.brotli)}, gzip ${kb(done.gzip)}, ${done.cpuMs} ms of CPU.`,
  );
}
