import { regionLabel, type BoothSummary } from '@pameran/contracts';

/** Lower case without accents or punctuation, so "Al-Ma'arif" is found by "almaarif" and "al maarif". */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`-]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Words that say nothing about which pesantren is meant. */
const FILLER = new Set(['pondok', 'pesantren', 'ponpes', 'pp']);

function score(name: string, region: string, words: string[]): number {
  let total = 0;
  for (const w of words) {
    if (name.startsWith(w)) total += 4;
    else if (name.includes(` ${w}`)) total += 3;
    else if (name.includes(w)) total += 2;
    else if (region.includes(w)) total += 1;
    else return 0; // every word must match somewhere
  }
  return total;
}

/**
 * Booths whose name (or region) contains every word of the query, best first: words at the start of the
 * name, then at the start of a word, then anywhere, then in the region.
 */
export function searchBooths(booths: BoothSummary[], query: string, limit = 8): BoothSummary[] {
  const all = normalise(query).split(' ').filter(Boolean);
  const words = all.filter((w) => !FILLER.has(w));
  if (words.length === 0) return [];
  return booths
    .map((b) => ({ b, s: score(normalise(b.name), normalise(regionLabel(b.region)), words) }))
    .filter((r) => r.s > 0)
    .sort((x, y) => y.s - x.s || x.b.name.localeCompare(y.b.name))
    .slice(0, limit)
    .map((r) => r.b);
}
