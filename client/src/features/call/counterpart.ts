import type { Meeting, User } from '@pameran/contracts';

/** Which side of the meeting this user is on; null for anyone else (an organiser watching). */
export function sideOf(
  meeting: Meeting,
  user: Pick<User, 'id' | 'exhibitorId'>,
): 'buyer' | 'exhibitor' | null {
  if (user.exhibitorId && user.exhibitorId === meeting.exhibitor.id) return 'exhibitor';
  return meeting.buyers.some((b) => b.id === user.id) ? 'buyer' : null;
}

/** The other side's name as this user sees it: the pesantren for buyers, the buyers (with company) for staff. */
export function counterpartName(meeting: Meeting, user: Pick<User, 'id' | 'exhibitorId'>): string {
  const side = sideOf(meeting, user);
  if (side === 'buyer') return meeting.exhibitor.name;
  const buyers = meeting.buyers.map((b) => (b.company ? `${b.name} (${b.company})` : b.name)).join(', ');
  return side === 'exhibitor' ? buyers : `${meeting.exhibitor.name} · ${buyers}`;
}
