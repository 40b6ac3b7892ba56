#!/usr/bin/env node
// Suggestion quality: precision@10 and nDCG@10 of the server's scorer (server/src/modules/matching/
// suggestions/scoring.ts, compiled as is) against a popularity baseline and random, on a generated fair
// (world.mjs) whose buyer intents are drawn independently of the scorer's features.
// Two seeds: the TUNING seed is the only one weights were ever adjusted on; the EVALUATION seed is the
// frozen fair the figures are reported on. Usage: node bench/match-quality/run.mjs [--tune]
import { loadServerSource } from '../ts-source.mjs';
import { generateFair, relevance, rng } from './world.mjs';

export const TUNING_SEED = 7;
export const EVALUATION_SEED = 2020;
const K = 10;

const { scoreCandidate, rank, NO_BEHAVIOUR } = loadServerSource(
  'server/src/modules/matching/suggestions',
  'scoring',
  (f) => f === 'scoring.ts',
);

const seed = process.argv.includes('--tune') ? TUNING_SEED : EVALUATION_SEED;
const started = performance.now();
const fair = generateFair(seed);
// The server hands the scorer the catalogue most visited first (ties keep that order): so does the bench.
const byPopularity = [...fair.exhibitors].sort(
  (a, b) => fair.crowdVisits.get(b.id) - fair.crowdVisits.get(a.id),
);

const dcg = (gains) => gains.reduce((s, g, i) => s + (2 ** g - 1) / Math.log2(i + 2), 0);

const rankers = {
  'scorer (profile + behaviour)': (buyer) =>
    rank(
      byPopularity,
      (x) => scoreCandidate(buyer.profile, x, buyer.behaviour.get(x.id) ?? NO_BEHAVIOUR),
      K,
    ).map((r) => r.item),
  'scorer, profile only (cold start)': (buyer) =>
    rank(byPopularity, (x) => scoreCandidate(buyer.profile, x), K).map((r) => r.item),
  'popularity (most visited booths)': () => byPopularity.slice(0, K),
  random: (buyer, i) => {
    const r = rng(seed * 1000 + i);
    const xs = [...fair.exhibitors];
    for (let j = xs.length - 1; j > 0; j--) {
      const k = Math.floor(r() * (j + 1));
      [xs[j], xs[k]] = [xs[k], xs[j]];
    }
    return xs.slice(0, K);
  },
};

const judged = fair.buyers
  .map((b) => ({ b, rel: new Map(fair.exhibitors.map((x) => [x.id, relevance(b.intent, x)])) }))
  .filter(({ rel }) => [...rel.values()].some((g) => g > 0));

const results = {};
for (const [name, ranker] of Object.entries(rankers)) {
  let precision = 0;
  let ndcg = 0;
  judged.forEach(({ b, rel }, i) => {
    const gains = ranker(b, i).map((x) => rel.get(x.id));
    precision += gains.filter((g) => g > 0).length / K;
    const ideal = dcg([...rel.values()].sort((x, y) => y - x).slice(0, K));
    ndcg += dcg(gains) / ideal;
  });
  results[name] = { precision: precision / judged.length, ndcg: ndcg / judged.length };
}

const products = fair.exhibitors.reduce((s, x) => s + x.products.length, 0);
console.log(
  `${seed === TUNING_SEED ? 'TUNING' : 'EVALUATION'} seed ${seed}: ${fair.exhibitors.length} exhibitors, ` +
    `${products} products, ${fair.buyers.length} buyers (${judged.length} with at least one fitting exhibitor)`,
);
console.log(`${'ranker'.padEnd(36)} precision@${K}  nDCG@${K}`);
for (const [name, r] of Object.entries(results))
  console.log(`${name.padEnd(36)} ${r.precision.toFixed(3).padStart(12)} ${r.ndcg.toFixed(3).padStart(8)}`);
const ours = results['scorer (profile + behaviour)'].ndcg;
const popular = results['popularity (most visited booths)'].ndcg;
const ratio = ours / popular;
console.log(
  `nDCG@${K} ratio scorer / popularity: ${ratio.toFixed(2)}× (bar: ≥ 1.30×) ${ratio >= 1.3 ? 'PASS' : 'FAIL'}`,
);
console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
process.exitCode = ratio >= 1.3 ? 0 : 1;
