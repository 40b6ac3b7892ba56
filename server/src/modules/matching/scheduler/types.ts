/** Public types of the meeting auto-scheduler (pure data, no framework). */

export type MeetingMode = 'online' | 'onsite';

export interface SchedulingSlot {
  /** Epoch milliseconds. */
  start: number;
  end: number;
  /** YYYY-MM-DD in the fair's zone; daily limits count per distinct `day`. */
  day: string;
}

export interface SchedulingParticipant {
  id: string;
  /** Slot indexes this participant can meet in (availability ∩ working hours); undefined = every slot. */
  available?: number[];
  /** Slot indexes already taken by existing meetings (never placed into; they count toward dailyLimit). */
  busy?: number[];
  /** Max meetings per day, counting existing ones (busy slots on that day). undefined = no limit. */
  dailyLimit?: number;
}

export interface SchedulingTable {
  id: string;
  /** Slot indexes in which the table is already booked. */
  busy?: number[];
}

export interface SchedulingRequest {
  id: string;
  /**
   * Every person/party that must attend. By convention participantIds[0] is the exhibitor (the host);
   * the algorithms use that only as a grouping hint and stay correct for any order.
   */
  participantIds: string[];
  mode: MeetingMode;
  /** Slots the buyer preferred; a tie-break preference, never required. */
  preferred?: number[];
  /** Higher first when not everything fits (e.g. accepted before pending). Default 0. */
  priority?: number;
}

export interface SchedulingProblem {
  /** The global slot grid of the event's business-matching blocks, in time order. */
  slots: SchedulingSlot[];
  participants: SchedulingParticipant[];
  /** On-site meeting tables; each holds one meeting per slot. */
  tables: SchedulingTable[];
  requests: SchedulingRequest[];
}

/**
 * Why a request stayed unplaced:
 * - no_common_slot: its participants share no available, non-busy slot;
 * - daily_limit: a slot would be free for everyone, but a participant's day is full;
 * - no_table: an on-site meeting would fit, but every table is booked in those slots;
 * - conflicts: every common slot is taken by other meetings of its participants.
 */
export type UnplacedReason = 'no_common_slot' | 'daily_limit' | 'no_table' | 'conflicts';

export interface PlacedMeeting {
  requestId: string;
  slot: number;
  /** Set exactly for on-site meetings. */
  tableId?: string;
}

export interface SchedulingStats {
  placed: number;
  requests: number;
  /** A proven upper bound on how many requests any valid schedule can place. */
  upperBound: number;
  /** Wall time of the call. */
  ms: number;
  /** Local-search iterations (0 for the greedy baseline). */
  iterations: number;
  /** Sum of the placed requests' priorities. */
  priority: number;
  /** Placed requests sitting in one of their preferred slots. */
  preferredHits: number;
}

export interface SchedulingResult {
  placed: PlacedMeeting[];
  unplaced: { requestId: string; reason: UnplacedReason }[];
  stats: SchedulingStats;
}

export interface ScheduleOptions {
  /** Wall-clock budget for the whole call, default 800 ms. */
  timeBudgetMs?: number;
  /** PRNG seed, default 1. */
  seed?: number;
  /**
   * Local-search iteration cap. With it (and a time budget that is not reached first) the result is a pure
   * function of (problem, seed, maxIterations). Default: unlimited (stops on time, stall or the bound).
   */
  maxIterations?: number;
}
