/** How far into the live day's hall hours a DEMO_LIVE run puts "now". */
export const DEMO_LEAD_MS = 60 * 60 * 1000;

/**
 * DEMO_LIVE's shift: stored schedule times plus this offset put now one hour into the hall hours of the
 * fair's last day. The days before it are the fair's past, which the demo seed fills with a history
 * (docs/demo.md); the last day is live. The seed and the events module use this one formula, so a first
 * start's history lines up with its schedule.
 */
export function demoOffsetMs(liveHallStart: Date, now = Date.now()): number {
  return now - DEMO_LEAD_MS - liveHallStart.getTime();
}
