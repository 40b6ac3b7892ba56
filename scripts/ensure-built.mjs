// Build whatever part is not built yet (used by `npm start` and `npm run admin`).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const PARTS = {
  contracts: ['packages/contracts', 'packages/contracts/dist/index.js'],
  server: ['server', 'server/dist/main.js'],
  client: ['client', 'client/dist/index.html'],
};

export function ensureBuilt(names) {
  for (const name of names) {
    const [workspace, output] = PARTS[name];
    if (existsSync(join(root, output))) continue;
    console.error(`building ${workspace} …`);
    execSync(`npm run build -w ${workspace} --silent`, { cwd: root, stdio: 'inherit' });
  }
}
