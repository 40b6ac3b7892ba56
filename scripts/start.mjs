#!/usr/bin/env node
// `npm start`: build whatever is not built yet, then start one node with the environment as given.
import { execSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const parts = [
  ['packages/contracts', 'packages/contracts/dist/index.js'],
  ['server', 'server/dist/main.js'],
  ['client', 'client/dist/index.html'],
];
for (const [workspace, output] of parts) {
  if (existsSync(join(root, output))) continue;
  console.log(`building ${workspace} …`);
  execSync(`npm run build -w ${workspace} --silent`, { cwd: root, stdio: 'inherit' });
}
const server = spawn(process.execPath, ['--enable-source-maps', join(root, 'server/dist/main.js')], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
