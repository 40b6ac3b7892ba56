import type { BuyerCertification, Category, SuggestionReason } from '@pameran/contracts';

/**
 * The suggestion scorer: what a buyer said (profile, sourcing requests) and did (shortlist, visits, chats,
 * WhatsApp) against what an exhibitor offers. Pure and dependency-free so the server and the quality bench
 * (bench/match-quality) run exactly this code. Both directions use it: a buyer ranks exhibitors, an
 * exhibitor ranks listed buyers (docs/decisions/0015-suggested-partners.md).
 */

/** A buyer's needs, already merged from the profile and their open sourcing requests. */
export interface BuyerNeeds {
  categories: Category[];
  /** Sought products in the buyer's words, lower-cased ("keripik singkong"). */
  terms: string[];
  certifications: BuyerCertification[];
  monthlyVolume: number | null;
}

/** A product as the scorer sees it. `text` is its lower-cased names and description. */
export interface ProductFacts {
  id: string;
  category: Category;
  text: string;
  halal: boolean;
  pirt: boolean;
  bpom: boolean;
  exportReady: boolean;
  minOrder: number;
  monthlyCapacity: number | null;
}

/** What this buyer did at this exhibitor's booth (counts). */
export interface Behaviour {
  shortlisted: number;
  visits: number;
  chats: number;
  whatsapp: number;
}

export interface Candidate {
  category: Category;
  products: ProductFacts[];
}

export interface Scored {
  score: number;
  /** The best-fitting products, best first (at most `PRODUCTS_SHOWN`). */
  productIds: string[];
  /** Why, most telling first (at most `REASONS_SHOWN`). */
  reasons: SuggestionReason[];
}

export const NO_BEHAVIOUR: Behaviour = Object.freeze({ shortlisted: 0, visits: 0, chats: 0, whatsapp: 0 });
export const PRODUCTS_SHOWN = 3;
export const REASONS_SHOWN = 3;

/** Weights, tuned on the tuning seed of bench/match-quality only (never on its evaluation seed). */
export const WEIGHTS = {
  term: 3,
  category: 1.5,
  certMet: 1,
  certMissing: -2,
  capacityFits: 0.75,
  capacityShort: -0.75,
  minOrderTooHigh: -1,
  exhibitorCategory: 0.75,
  secondProduct: 0.3,
  shortlisted: 2,
  visits: 0.6,
  chats: 1.2,
  whatsapp: 1.2,
} as const;

const CERT_OF: Record<BuyerCertification, (p: ProductFacts) => boolean> = {
  halal: (p) => p.halal,
  pirt: (p) => p.pirt,
  bpom: (p) => p.bpom,
  export: (p) => p.exportReady,
};
const CERT_REASON: Record<BuyerCertification, SuggestionReason['code']> = {
  halal: 'halal',
  pirt: 'pirt',
  bpom: 'bpom',
  export: 'export_ready',
};

/** Lower-cased words of a sought term; a term matches a product when every word occurs in its text. */
export function termWords(term: string): string[] {
  return term
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3);
}

interface ProductFit {
  score: number;
  term: string | null;
  certs: BuyerCertification[];
  capacityFits: boolean;
}

function productFit(needs: BuyerNeeds, words: string[][], p: ProductFacts): ProductFit {
  let score = 0;
  let term: string | null = null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.length > 0 && w.every((x) => p.text.includes(x))) {
      score += WEIGHTS.term;
      term = needs.terms[i];
      break;
    }
  }
  if (needs.categories.includes(p.category)) score += WEIGHTS.category;
  const certs: BuyerCertification[] = [];
  for (const c of needs.certifications) {
    if (CERT_OF[c](p)) {
      score += WEIGHTS.certMet;
      certs.push(c);
    } else score += WEIGHTS.certMissing;
  }
  let capacityFits = false;
  const volume = needs.monthlyVolume;
  if (volume !== null) {
    if (p.monthlyCapacity !== null) {
      capacityFits = p.monthlyCapacity >= volume;
      score += capacityFits ? WEIGHTS.capacityFits : WEIGHTS.capacityShort;
    }
    if (p.minOrder > volume) score += WEIGHTS.minOrderTooHigh;
  }
  return { score, term, certs, capacityFits };
}

const damp = (n: number) => Math.log1p(n);

/** Each buyer's sought terms split once, however many candidates they are scored against. */
const wordsOf = new WeakMap<BuyerNeeds, string[][]>();

/** The `n` best-fitting products, best first (a selection: candidates have a dozen products, lists 500 booths). */
function topProducts(
  needs: BuyerNeeds,
  products: ProductFacts[],
  n: number,
): { p: ProductFacts; fit: ProductFit }[] {
  let words = wordsOf.get(needs);
  if (!words) {
    words = needs.terms.map(termWords);
    wordsOf.set(needs, words);
  }
  const top: { p: ProductFacts; fit: ProductFit }[] = [];
  for (const p of products) {
    const fit = productFit(needs, words, p);
    if (top.length === n && fit.score <= top[n - 1].fit.score) continue;
    let i = Math.min(top.length, n - 1);
    while (i > 0 && top[i - 1].fit.score < fit.score) i--;
    top.splice(i, 0, { p, fit });
    if (top.length > n) top.pop();
  }
  return top;
}

/** How well a candidate exhibitor fits a buyer, with its best products and the reasons. */
export function scoreCandidate(
  needs: BuyerNeeds,
  candidate: Candidate,
  did: Behaviour = NO_BEHAVIOUR,
): Scored {
  const fits = topProducts(needs, candidate.products, PRODUCTS_SHOWN);
  const best = fits[0]?.fit;
  const second = fits[1]?.fit;
  let score = (best?.score ?? 0) + WEIGHTS.secondProduct * Math.max(0, second?.score ?? 0);
  const categoryFits = needs.categories.includes(candidate.category);
  if (categoryFits) score += WEIGHTS.exhibitorCategory;
  score +=
    WEIGHTS.shortlisted * damp(did.shortlisted) +
    WEIGHTS.visits * damp(did.visits) +
    WEIGHTS.chats * damp(did.chats) +
    WEIGHTS.whatsapp * damp(did.whatsapp);

  const reasons: SuggestionReason[] = [];
  if (best?.term) reasons.push({ code: 'sought', params: { term: best.term } });
  else if (categoryFits) reasons.push({ code: 'category', params: { category: candidate.category } });
  for (const c of best?.certs ?? []) reasons.push({ code: CERT_REASON[c], params: {} });
  if (best?.capacityFits) reasons.push({ code: 'capacity_fits', params: {} });
  if (did.shortlisted > 0) reasons.push({ code: 'shortlisted', params: {} });
  if (did.chats + did.whatsapp > 0) reasons.push({ code: 'talked', params: {} });
  else if (did.visits > 0) reasons.push({ code: 'visited', params: {} });
  return {
    score,
    productIds: fits.map((f) => f.p.id),
    reasons: reasons.slice(0, REASONS_SHOWN),
  };
}

/** The `limit` best candidates, best first; ties keep the input order (callers pass a stable order). */
export function rank<T>(
  items: T[],
  score: (item: T) => Scored,
  limit: number,
): { item: T; scored: Scored }[] {
  return items
    .map((item, i) => ({ item, scored: score(item), i }))
    .sort((a, b) => b.scored.score - a.scored.score || a.i - b.i)
    .slice(0, limit)
    .map(({ item, scored }) => ({ item, scored }));
}
