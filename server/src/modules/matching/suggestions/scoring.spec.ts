import {
  NO_BEHAVIOUR,
  rank,
  scoreCandidate,
  type BuyerNeeds,
  type Candidate,
  type ProductFacts,
} from './scoring';

let n = 0;
function product(over: Partial<ProductFacts> = {}): ProductFacts {
  n += 1;
  return {
    id: `p${n}`,
    category: 'makanan',
    text: 'keripik singkong pedas cassava chips',
    halal: false,
    pirt: false,
    bpom: false,
    exportReady: false,
    minOrder: 1,
    monthlyCapacity: null,
    ...over,
  };
}
const needs = (over: Partial<BuyerNeeds> = {}): BuyerNeeds => ({
  categories: [],
  terms: [],
  certifications: [],
  monthlyVolume: null,
  ...over,
});
const exhibitor = (products: ProductFacts[], category: Candidate['category'] = 'makanan'): Candidate => ({
  category,
  products,
});

describe('suggestion scorer', () => {
  it('ranks the exhibitor selling a sought product above one in the category only', () => {
    const buyer = needs({ categories: ['makanan'], terms: ['keripik singkong'] });
    const chips = exhibitor([product()]);
    const cake = exhibitor([product({ text: 'kue bolu' })]);
    const ranked = rank([cake, chips], (c) => scoreCandidate(buyer, c), 2);
    expect(ranked[0].item).toBe(chips);
    expect(ranked[0].scored.reasons[0]).toEqual({ code: 'sought', params: { term: 'keripik singkong' } });
    expect(ranked[1].scored.reasons[0]).toEqual({ code: 'category', params: { category: 'makanan' } });
  });

  it('puts a required certification the product lacks below one that has it, and says so', () => {
    const buyer = needs({ terms: ['keripik'], certifications: ['halal', 'export'] });
    const certified = exhibitor([product({ halal: true, exportReady: true })]);
    const plain = exhibitor([product()]);
    const a = scoreCandidate(buyer, certified);
    const b = scoreCandidate(buyer, plain);
    expect(a.score).toBeGreaterThan(b.score);
    expect(a.reasons.map((r) => r.code)).toEqual(['sought', 'halal', 'export_ready']);
  });

  it('prefers capacity that covers the monthly volume and penalises a minimum order above it', () => {
    const buyer = needs({ terms: ['keripik'], monthlyVolume: 1000 });
    const big = scoreCandidate(buyer, exhibitor([product({ monthlyCapacity: 5000 })]));
    const small = scoreCandidate(buyer, exhibitor([product({ monthlyCapacity: 200 })]));
    const wholesaleOnly = scoreCandidate(buyer, exhibitor([product({ minOrder: 5000 })]));
    expect(big.score).toBeGreaterThan(small.score);
    expect(big.reasons.map((r) => r.code)).toContain('capacity_fits');
    expect(small.reasons.map((r) => r.code)).not.toContain('capacity_fits');
    expect(wholesaleOnly.score).toBeLessThan(scoreCandidate(buyer, exhibitor([product()])).score);
  });

  it('lets behaviour lift an exhibitor the profile alone does not distinguish', () => {
    const buyer = needs({ categories: ['minuman'] });
    const a = exhibitor([product({ category: 'minuman', text: 'kopi' })], 'minuman');
    const b = exhibitor([product({ category: 'minuman', text: 'teh' })], 'minuman');
    const did = { ...NO_BEHAVIOUR, shortlisted: 2, chats: 1 };
    const ranked = rank([a, b], (c) => scoreCandidate(buyer, c, c === b ? did : NO_BEHAVIOUR), 2);
    expect(ranked[0].item).toBe(b);
    expect(ranked[0].scored.reasons.map((r) => r.code)).toEqual(['category', 'shortlisted', 'talked']);
  });

  it('returns the best products first, at most three, and at most three reasons', () => {
    const buyer = needs({ terms: ['sambal'], certifications: ['halal', 'bpom', 'pirt'], monthlyVolume: 10 });
    const best = product({
      text: 'sambal bawang',
      halal: true,
      bpom: true,
      pirt: true,
      monthlyCapacity: 100,
    });
    const others = [
      product({ text: 'kerupuk' }),
      product({ text: 'sambal ijo' }),
      product({ text: 'rengginang' }),
    ];
    const scored = scoreCandidate(buyer, exhibitor([...others, best]));
    expect(scored.productIds).toHaveLength(3);
    expect(scored.productIds.slice(0, 2)).toEqual([best.id, others[1].id]);
    expect(scored.reasons).toHaveLength(3);
  });

  it('keeps the given order on ties (cold start with an empty profile falls back to the caller’s order)', () => {
    const items = [exhibitor([product()]), exhibitor([product()]), exhibitor([product()])];
    const ranked = rank(items, (c) => scoreCandidate(needs(), c), 3);
    expect(ranked.map((r) => r.item)).toEqual(items);
    expect(ranked[0].scored.reasons).toEqual([]);
  });
});
