import { useEffect, useRef } from 'react';

/**
 * A ref whose element takes focus when it appears (give it tabIndex={-1} when it is not a control), so that
 * a screen or a call that replaces the button just pressed starts where the keyboard and screen reader are.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus({ preventScroll: true }), []);
  return ref;
}
