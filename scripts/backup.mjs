#!/usr/bin/env node
// `npm run backup -- <file>` / `npm run restore -- <file> [--force]`: back up or restore the database the
// server would use (DATABASE_URL → PostgreSQL, unset → embedded PGlite under DATA_DIR). docs/operations.md.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureBuilt, root } from './lib/ensure-built.mjs';

const cli = 'server/dist/database/backup/backup-cli.js';
ensureBuilt(['packages/contracts', 'server'], { server: cli });
const result = spawnSync(process.execPath, [join(root, cli), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: process.env,
});
process.exit(result.status ?? 1);
