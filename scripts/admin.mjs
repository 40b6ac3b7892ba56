#!/usr/bin/env node
// `npm run admin -- <command> …`: the bootstrap commands (server/src/cli/admin.ts), built first if needed.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureBuilt, root } from './lib/ensure-built.mjs';

ensureBuilt(['packages/contracts', 'server'], { server: 'server/dist/cli/admin.js' });
const admin = spawn(
  process.execPath,
  ['--enable-source-maps', join(root, 'server/dist/cli/admin.js'), ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: process.env },
);
admin.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
