import type {
  BuyerType,
  Category,
  DealStatus,
  DealVerification,
  MeetingMode,
  MeetingOutcomeKind,
  MeetingStatus,
  OutcomeSide,
  RequestStatus,
} from '@pameran/contracts';

/**
 * The demo fair's history as plain data: every row refers to booths and people by their index, and every
 * time is on the fair's own timeline (ms). The writer (../seed-history.ts) turns indexes into ids and moves
 * the times that the application stores on the real clock (leads, chat, deals, `created_at`) by the demo's
 * offset; the schedule-bound times (slots, meetings, expiries) stay on the fair's timeline, as the
 * application keeps them.
 */
export interface HistoryBooth {
  category: Category;
  region: string;
  name: string;
}

/** One day of the fair: hall hours and the business-matching slot grid, fair timeline (ms). */
export interface HistoryDay {
  hallStart: number;
  hallEnd: number;
  slots: { start: number; end: number }[];
}

export interface HistoryInput {
  booths: HistoryBooth[];
  /** The days before the live one: they get visits, chat, meetings held and deals. */
  pastDays: HistoryDay[];
  /** The day "now" is in (the demo's live day): it gets open requests and meetings still to come. */
  liveDay: HistoryDay;
  /** Now, on the fair's timeline. */
  now: number;
  /** Meeting tables at the venue (their order as seeded). */
  tables: number;
  /** The demo exhibitor's booth (the demo staff account answers for it). */
  demoBooth: number;
  /** Slot starts the demo buyer's open request prefers: kept free for the demo booth and buyer. */
  keepFree: number[];
  seed?: number;
}

export interface HistoryPerson {
  role: 'visitor' | 'buyer' | 'exhibitor';
  name: string;
  /** Set for the demo accounts, which exist already: the writer reuses them instead of inserting. */
  existing?: 'buyer' | 'exhibitor';
  locale: 'id' | 'en';
  timeZone: string;
  leadConsent: boolean;
  /** Buyers: listed in the exhibitors' buyer directory (and so in their suggested buyers). */
  directoryListed?: boolean;
  /** Staff: the booth whose exhibitor they work for. */
  booth?: number;
  buyer?: { type: BuyerType; company: string; country: string; categories: Category[] };
}

export interface HistoryLead {
  booth: number;
  person: number;
  kind: 'visit' | 'chat' | 'whatsapp' | 'meeting';
  at: number;
  endedAt: number | null;
}

export interface HistoryChat {
  booth: number;
  person: number;
  fromStaff: boolean;
  text: string;
  at: number;
}

export interface HistorySourcing {
  buyer: number;
  title: string;
  category: Category;
  quantity: number;
  unit: string;
  halal: boolean;
  exportReady: boolean;
  requirements: string;
  targetPrice: number | null;
  country: string;
  status: 'open' | 'closed';
  at: number;
  responses: { booth: number; author: number; message: string; at: number }[];
}

export interface HistoryMeeting {
  start: number;
  end: number;
  table: number | null;
  status: MeetingStatus;
}

export interface HistoryRequest {
  buyer: number;
  booth: number;
  message: string;
  preferred: number[];
  mode: MeetingMode;
  status: RequestStatus;
  counterStart: number | null;
  declineReason: string | null;
  expiresAt: number;
  at: number;
  answeredAt: number;
  meeting: HistoryMeeting | null;
}

export interface HistoryDeal {
  buyer: number;
  booth: number;
  /** The request whose meeting was held (the deal's evidence), or null: then the note is the evidence. */
  request: number | null;
  value: number;
  status: DealStatus;
  note: string;
  recordedBy: 'buyer' | 'exhibitor';
  confirmed: boolean;
  verification: DealVerification;
  /** Verified by the organiser (a deal without a held meeting); false when the automatic rule did. */
  byOrganiser: boolean;
  rejectionReason: string | null;
  at: number;
}

/** One side's record of what came of a held meeting (the meeting is its request's, by index). */
export interface HistoryOutcome {
  request: number;
  side: OutcomeSide;
  outcome: MeetingOutcomeKind;
  rating: number;
  note: string;
  at: number;
}

export interface HistoryPlan {
  people: HistoryPerson[];
  leads: HistoryLead[];
  chats: HistoryChat[];
  sourcing: HistorySourcing[];
  requests: HistoryRequest[];
  deals: HistoryDeal[];
  outcomes: HistoryOutcome[];
}
