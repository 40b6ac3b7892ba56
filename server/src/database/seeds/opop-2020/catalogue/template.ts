import type { Category } from '@pameran/contracts';

export type Pair = readonly [id: string, en: string];
export type Range = readonly [min: number, max: number];

/** BPOM registration kinds: processed food (MD), cosmetics (NA), traditional medicine (TR). */
export type BpomKind = 'MD' | 'NA' | 'TR';

/** A kind of product a pesantren makes, written compactly; see {@link parseTemplate}. */
export interface ProductTemplate {
  /** Base name [id, en]; also used when listing a pesantren's flagship products. */
  name: Pair;
  /** Variants (flavour, motif, grade…) as `id|en[|priceFactor[|unit]]`, separated by `;`. */
  variants: string;
  /** How a variant joins the base name (`{n}`, `{v}`); default `{n} {v}` / `{n} ({v})`. */
  form?: Pair;
  /** Sales unit in Indonesian, or sizes `unit*priceFactor` separated by `;` (the price is for the first). */
  unit: string;
  /** Rupiah per (first) unit. */
  price: Range;
  minOrder: Range;
  /** Units per month. */
  capacity: Range;
  /** Probability that the product carries the pesantren's halal certificate (when it has one). */
  halal?: number;
  /** P-IRT food-type code (2 digits) for home-industry food. */
  pirt?: string;
  /** Probability of a BPOM registration (instead of a P-IRT). */
  bpom?: number;
  bpomKind?: BpomKind;
  /** Relative export readiness, 0..1 (default 0.3). */
  export?: number;
  /** A regional speciality: made only in these regions. */
  only?: readonly string[];
  desc: Pair;
}

export interface Variant {
  id: string;
  en: string;
  factor: number;
  unit: string | null;
}

export interface Size {
  unit: string;
  factor: number;
}

export interface Template extends Omit<ProductTemplate, 'variants' | 'unit'> {
  category: Category;
  variants: Variant[];
  sizes: Size[];
}

export function parseTemplate(category: Category, t: ProductTemplate): Template {
  const variants = t.variants.split(';').map((v) => {
    const [id, en, factor, unit] = v.split('|').map((s) => s.trim());
    if (!id || !en) throw new Error(`bad variant "${v}" of ${t.name[0]}`);
    return { id, en, factor: factor ? Number(factor) : 1, unit: unit || null };
  });
  const sizes = t.unit.split(';').map((u) => {
    const [unit, factor] = u.split('*').map((s) => s.trim());
    return { unit, factor: factor ? Number(factor) : 1 };
  });
  for (const f of [...variants, ...sizes].map((x) => x.factor)) {
    if (!(f > 0)) throw new Error(`bad price factor in ${t.name[0]}`);
  }
  return { ...t, category, variants, sizes };
}

/** The product name of a template and variant, in both languages. */
export function productName(t: Template, v: Variant): { id: string; en: string } {
  const [formId, formEn] = t.form ?? ['{n} {v}', '{n} ({v})'];
  const fill = (form: string, n: string, vv: string) => form.replace('{n}', n).replace('{v}', vv).trim();
  return { id: fill(formId, t.name[0], v.id), en: fill(formEn, t.name[1], v.en) };
}
