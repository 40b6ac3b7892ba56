import { join } from 'node:path';

/**
 * Where the browser specs put their pictures, for looking at after a run: the git-ignored test-results/
 * folder. The README's pictures are taken from the demo by `npm run screenshots` (scripts/screenshots.mjs)
 * into docs/screenshots; a spec run never overwrites them.
 */
export const SCREENSHOTS = join(__dirname, '..', '..', '..', 'test-results', 'screenshots');
