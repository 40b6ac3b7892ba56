import type { Meeting } from '@pameran/contracts';

/** Who is looking: the account, and the exhibitor whose staff they are in the meeting's fair (if any). */
export interface Viewer {
  id: string;
  exhibitorId: string | null;
}

/** Which side of the meeting this user is on; null for anyone else (an organiser watching). */
export function sideOf(meeting: Meeting, user: Viewer): 'buyer' | 'exhibitor' | null {
  if (user.exhibitorId && user.exhibitorId === meeting.exhibitor.id) return 'exhibitor';
  return meeting.buyers.some((b) => b.id === user.id) ? 'buyer' : null;
}

/** The other side's name as this user sees it: the pesantren for buyers, the buyers (with company) for staff. */
export function counterpartName(meeting: Meeting, user: Viewer): string {
  const side = sideOf(meeting, user);
  if (side === 'buyer') return meeting.exhibitor.name;
  const buyers = meeting.buyers.map((b) => (b.company ? `${b.name} (${b.company})` : b.name)).join(', ');
  return side === 'exhibitor' ? buyers : `${meeting.exhibitor.name} · ${buyers}`;
}
