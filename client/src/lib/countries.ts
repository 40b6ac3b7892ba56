import type { Locale } from '@pameran/contracts';

/** Codes Intl names that are not ISO 3166-1 countries (unions, pseudo-locales, reserved codes). */
const NOT_COUNTRIES = new Set(['AC', 'CP', 'DG', 'EA', 'EU', 'EZ', 'IC', 'QO', 'TA', 'UN', 'XA', 'XB', 'ZZ']);
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const cache = new Map<Locale, { code: string; name: string }[]>();

/** ISO 3166-1 alpha-2 countries named in the UI language, sorted by name; from Intl, no list to maintain. */
export function countries(locale: Locale): { code: string; name: string }[] {
  const hit = cache.get(locale);
  if (hit) return hit;
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  const list: { code: string; name: string }[] = [];
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      const code = a + b;
      const name = NOT_COUNTRIES.has(code) ? undefined : names.of(code);
      if (name && name !== code) list.push({ code, name });
    }
  }
  list.sort((x, y) => x.name.localeCompare(y.name, locale));
  cache.set(locale, list);
  return list;
}
