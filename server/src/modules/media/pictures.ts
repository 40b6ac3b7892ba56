import type { Category } from '@pameran/contracts';

/** Generated pictures (SVG): a pesantren's emblem and a product illustration, drawn from the record. */

const escapeXml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/** A stable small number from a string (FNV-1a), to vary ornaments per record. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const GENERIC = new Set([
  'pondok',
  'pesantren',
  'ponpes',
  'pp',
  'al',
  'el',
  'ad',
  'an',
  'ar',
  'as',
  'at',
  'az',
  'dan',
]);

/** Initials of the distinctive part of a pesantren's name: "Pondok Pesantren Miftahul Huda Manonjaya" → "MH". */
export function initials(name: string): string {
  const words = name
    .split(/[\s-]+/)
    .filter((w) => w && !GENERIC.has(w.toLowerCase()))
    .slice(0, 2);
  return (words.map((w) => w[0]).join('') || name.slice(0, 2)).toUpperCase();
}

function star(cx: number, cy: number, r: number, points: number): string {
  const pts: string[] = [];
  for (let i = 0; i < points * 2; i++) {
    const radius = i % 2 === 0 ? r : r * 0.62;
    const a = (Math.PI * i) / points - Math.PI / 2;
    pts.push(`${(cx + radius * Math.cos(a)).toFixed(1)},${(cy + radius * Math.sin(a)).toFixed(1)}`);
  }
  return `<polygon points="${pts.join(' ')}"/>`;
}

export function logoSvg(e: { key: string; name: string; colour: string }): string {
  const ornament =
    hash(e.key) % 2 === 0 ? star(128, 112, 86, 8) : '<path d="M48 196V120a80 80 0 0 1 160 0v76z"/>'; // a dome arch
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 256 256" width="256" height="256">` +
    `<rect width="256" height="256" rx="40" fill="${e.colour}"/>` +
    `<g fill="#fff" fill-opacity=".18">${ornament}</g>` +
    `<text x="128" y="150" text-anchor="middle" font-family="sans-serif" font-weight="700" font-size="84" fill="#fff">${escapeXml(initials(e.name))}</text>` +
    `</svg>`
  );
}

/** One simple icon per category, drawn in a 120×120 box. */
const ICONS: Record<Category, string> = {
  makanan:
    '<path d="M10 60h100a50 45 0 0 1-100 0z"/><path d="M40 40q10-20 0-35M60 40q10-20 0-35M80 40q10-20 0-35" fill="none" stroke-width="6"/>',
  minuman:
    '<path d="M45 5h30v20l12 18v72H33V43l12-18z"/><rect x="40" y="60" width="40" height="30" fill-opacity=".5"/>',
  aksesoris: '<circle cx="60" cy="70" r="38" fill="none" stroke-width="12"/><circle cx="60" cy="26" r="14"/>',
  fesyen: '<path d="M35 10l25 15 25-15 30 25-15 20-12-8v68H32V47l-12 8L5 35z"/>',
  kerajinan: '<path d="M20 45h80l-10 65H30z"/><path d="M30 45q30-50 60 0" fill="none" stroke-width="8"/>',
  pertanian_perkebunan:
    '<path d="M60 115V40"/><path d="M60 70q-45-5-45-50 45 5 45 50zM60 55q40-5 45-45-40 5-45 45z"/>',
  peternakan:
    '<ellipse cx="60" cy="70" rx="45" ry="30"/><circle cx="100" cy="45" r="16"/><path d="M30 95v20M50 95v20M75 95v20M90 95v20" stroke-width="8"/>',
  lainnya: '<rect x="15" y="40" width="90" height="70" rx="6"/>' + star(60, 40, 26, 5),
};

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > width && line) {
      lines.push(line);
      line = word;
    } else line = (line + ' ' + word).trim();
  }
  if (line) lines.push(line);
  if (lines.length > 2) return [lines[0], `${lines[1].slice(0, width - 1)}…`];
  return lines;
}

export function productSvg(p: { name: { id: string }; category: Category }, colour: string): string {
  const lines = wrap(p.name.id, 26)
    .map((l, i) => `<text x="200" y="${248 + i * 26}" text-anchor="middle">${escapeXml(l)}</text>`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300" width="400" height="300">` +
    `<rect width="400" height="300" fill="${colour}" fill-opacity=".16"/>` +
    `<circle cx="200" cy="118" r="92" fill="${colour}" fill-opacity=".22"/>` +
    `<g transform="translate(140 58)" fill="${colour}" stroke="${colour}" stroke-linecap="round">${ICONS[p.category]}</g>` +
    `<g font-family="sans-serif" font-size="21" font-weight="600" fill="#2b2b2b">${lines}</g>` +
    `</svg>`
  );
}
