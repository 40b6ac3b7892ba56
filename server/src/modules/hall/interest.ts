/**
 * Interest management: of the peers in the 3×3 cells around an observer, only the nearest few are told
 * about (entered, then updated every window); crowds beyond that are not sent at all. Keeps the
 * per-observer rate bounded when hundreds stand in one area.
 */
export const INTEREST = {
  /** At most this many peers per observer. */
  nearest: 48,
  /** Each observer's set is recomputed this often (staggered), and at once when it changes cell. */
  recheckMs: 500,
  /** Peers already known count as this much closer (squared distance factor), so the set does not flap. */
  stickiness: 0.8,
} as const;

let order = new Int32Array(256);

/** The `k` items with the smallest `d[i]` (quickselect; O(n)). Returns `items` itself when it has ≤ k. */
export function selectNearest<T>(items: T[], d: Float64Array, k: number): T[] {
  const n = items.length;
  if (n <= k) return items;
  if (order.length < n) order = new Int32Array(n * 2);
  const idx = order;
  for (let i = 0; i < n; i++) idx[i] = i;
  let lo = 0;
  let hi = n - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = d[idx[(lo + hi) >> 1]];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (d[idx[i]] < pivot) i++;
      while (d[idx[j]] > pivot) j--;
      if (i <= j) {
        const t = idx[i];
        idx[i++] = idx[j];
        idx[j--] = t;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  const out = new Array<T>(k);
  for (let i = 0; i < k; i++) out[i] = items[idx[i]];
  return out;
}
