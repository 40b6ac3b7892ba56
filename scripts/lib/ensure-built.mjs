// Builds the workspaces whose output is missing (a fresh clone after `npm ci`), so commands just work.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const OUTPUTS = {
  'packages/contracts': 'packages/contracts/dist/index.js',
  server: 'server/dist/main.js',
  client: 'client/dist/index.html',
};

/**
 * `workspaces` in build order, e.g. ['packages/contracts', 'server']; `outputs` names the file a command
 * needs when it is not the workspace's usual output (a build from before that file existed).
 */
export function ensureBuilt(workspaces, outputs = {}) {
  for (const workspace of workspaces) {
    if (existsSync(join(root, outputs[workspace] ?? OUTPUTS[workspace]))) continue;
    console.log(`building ${workspace} …`);
    execSync(`npm run build -w ${workspace} --silent`, { cwd: root, stdio: 'inherit' });
  }
}
