import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every QR code printed in a PDF, read the way a phone would see the paper: the pages rendered to pictures
 * (`pdftoppm`, poppler-utils) and the codes decoded from the pictures (`zbarimg`, zbar-tools).
 */
export function qrCodesInPdf(pdf: Buffer): { pages: number; codes: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'pameran-qr-'));
  try {
    writeFileSync(join(dir, 'sheet.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', '100', '-gray', '-png', join(dir, 'sheet.pdf'), join(dir, 'page')]);
    const pages = readdirSync(dir).filter((f) => f.endsWith('.png'));
    const codes = pages.flatMap((page) => {
      // zbarimg exits 4 when a picture holds no code: an empty page is a result, not a failure.
      let out = '';
      try {
        out = execFileSync('zbarimg', ['-q', '--raw', '-Sdisable', '-Sqrcode.enable', join(dir, page)], {
          encoding: 'utf8',
          // zbarimg's image library looks for a desktop session bus and says so on stderr; nothing to see.
          stdio: ['ignore', 'pipe', 'ignore'],
        });
      } catch (err) {
        if ((err as { status?: number }).status !== 4) throw err;
      }
      return out.split('\n').filter(Boolean);
    });
    return { pages: pages.length, codes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
