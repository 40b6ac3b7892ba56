import { useLayoutEffect, type RefObject } from 'react';

/**
 * Where focus goes when a panel closes: back to the element that had it when the panel opened, when that is
 * still on the page; else to the first match of `fallback` (the hall, the booth's row). Only when focus was
 * inside the closing panel (or lost to the page): focus the visitor moved elsewhere meanwhile stays there.
 */
export function returnFocus(
  opener: Element | null,
  closing: HTMLElement | null,
  fallback?: string,
): HTMLElement | null {
  const now = document.activeElement;
  if (now && now !== document.body && !closing?.contains(now)) return null;
  const target =
    opener instanceof HTMLElement &&
    opener.isConnected &&
    opener !== document.body &&
    !closing?.contains(opener)
      ? opener
      : fallback
        ? document.querySelector<HTMLElement>(fallback)
        : null;
  target?.focus({ preventScroll: true });
  return target;
}

/**
 * Remembers what had focus when `panel` opened and gives it back when the panel unmounts (closed with its
 * button, Escape or by the route). A layout effect: its clean-up runs while the panel is still in the
 * document, so "was focus inside it?" can be answered; opening and closing never trap focus.
 */
export function useReturnFocus(panel: RefObject<HTMLElement | null>, fallback?: string): void {
  useLayoutEffect(() => {
    const opener = document.activeElement;
    const closing = panel.current;
    return () => void returnFocus(opener, closing, fallback);
    // The opener is the one at mount; a new fallback later does not reopen the panel.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
