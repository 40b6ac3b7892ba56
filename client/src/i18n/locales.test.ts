import { describe, expect, it } from 'vitest';
import backofficeEn from './features/backoffice.en.json';
import backofficeId from './features/backoffice.id.json';
import consoleEn from './features/console.en.json';
import consoleId from './features/console.id.json';
import { english } from './english';
import { indonesian } from './resources';

// The bundled texts and the ones that load with their pages, together.
const all = {
  id: { ...indonesian, ...backofficeId, ...consoleId },
  en: { ...english, ...backofficeEn, ...consoleEn },
};

type Tree = { [key: string]: string | Tree };

/**
 * Each message by key, with plural forms folded into one key (Indonesian has one plural form,
 * English two) and the message reduced to its sorted {{placeholders}}.
 */
function shape(tree: Tree, prefix = '', out: Record<string, string[]> = {}): Record<string, string[]> {
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v !== 'string') {
      shape(v, `${prefix}${k}.`, out);
      continue;
    }
    const key = `${prefix}${k.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    const names = [...v.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).filter((n) => n !== 'count');
    out[key] = [...new Set([...(out[key] ?? []), ...names])].sort();
  }
  return out;
}

describe('translations', () => {
  it('have the same keys and placeholders in Bahasa Indonesia and English', () => {
    expect(shape(all.en)).toEqual(shape(all.id));
  });
});
