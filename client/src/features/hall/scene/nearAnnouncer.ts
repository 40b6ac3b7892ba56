/** How long the nearest booth must stay the same before it is announced: walking past a row says nothing. */
export const ANNOUNCE_DELAY_MS = 700;

export interface NearAnnouncer {
  /** The booth in front of the visitor changed (-1: none). Called on changes only, never per frame. */
  update(near: number): void;
  dispose(): void;
}

/**
 * Debounces the nearest booth for a screen reader: `say(booth)` once the visitor has stopped in front of a
 * booth for `delayMs`, not again while they stay there (nor after stepping aside and back within the delay);
 * stepping away to no booth for the delay lets the same booth be said again on return.
 */
export function createNearAnnouncer(
  say: (booth: number) => void,
  delayMs = ANNOUNCE_DELAY_MS,
): NearAnnouncer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let said = -1;
  return {
    update(near) {
      clearTimeout(timer);
      timer = undefined;
      if (near === said) return;
      timer = setTimeout(() => {
        said = near;
        if (near >= 0) say(near);
      }, delayMs);
    },
    dispose() {
      clearTimeout(timer);
    },
  };
}
