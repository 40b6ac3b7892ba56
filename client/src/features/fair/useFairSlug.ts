import { useCallback } from 'react';
import { useMatch } from 'react-router';
import { useFair } from '../../stores/fair';
import { fairPath } from './fairPath';

/** The fair named by the address (`/e/:slug/…`), or null on a page that belongs to no fair. */
export function useRouteFairSlug(): string | null {
  return useMatch({ path: '/e/:slug', end: false })?.params.slug ?? null;
}

/** The fair of this page. Only pages under `/e/:slug` ask: there is no default fair to fall back on. */
export function useFairSlug(): string {
  const slug = useRouteFairSlug();
  if (!slug) throw new Error('useFairSlug() on a page outside /e/:slug');
  return slug;
}

/** Links within this page's fair: `at('/hall')` → `/e/<slug>/hall`. */
export function useFairPath(): (path?: string) => string {
  const slug = useFairSlug();
  return useCallback((path = '') => fairPath(slug, path), [slug]);
}

/**
 * The fair a page outside every fair leads back to (sign-in, account, mail settings): the one in the
 * address, else the last one this person opened, else none (the front page lists them all).
 */
export function useHomeFair(): string | null {
  const route = useRouteFairSlug();
  const last = useFair((s) => s.lastSlug);
  return route ?? last;
}

/** A page of the fair this person came from, or the front page when they came from none. */
export function useHomePath(): (path?: string) => string {
  const slug = useHomeFair();
  return useCallback((path = '') => (slug ? fairPath(slug, path) : '/'), [slug]);
}
