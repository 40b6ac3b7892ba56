// Loads the server's own TypeScript (a pure library folder) into a bench without a server build: each
// file is compiled with @swc/core into a temp dir and required, so a bench runs exactly the app's code.
import { transformFileSync } from '@swc/core';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './lib.mjs';

/** `dir` (relative to the repository) compiled; returns the module `entry` exports (e.g. 'index'). */
export function loadServerSource(dir, entry, only = (file) => !file.endsWith('.spec.ts')) {
  const src = join(root, dir);
  const out = mkdtempSync(join(tmpdir(), 'bench-src-'));
  try {
    for (const file of readdirSync(src).filter((f) => f.endsWith('.ts') && only(f))) {
      const { code } = transformFileSync(join(src, file), {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
      });
      writeFileSync(join(out, file.replace(/\.ts$/, '.js')), code);
    }
    return createRequire(import.meta.url)(join(out, `${entry}.js`));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
