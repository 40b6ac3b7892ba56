/** A page of one fair: every fair's pages live under `/e/<slug>` (docs/decisions/0027-client-by-slug.md). */
export function fairPath(slug: string, path = ''): string {
  return `/e/${encodeURIComponent(slug)}${path}`;
}
