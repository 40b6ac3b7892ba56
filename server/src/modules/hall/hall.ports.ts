import type { Dashboard } from '@pameran/contracts';

/**
 * What other modules may ask the hall (this node's sockets). Injected by its abstract class; the hall is
 * the only module that holds the Socket.IO namespace.
 */
export abstract class HallQueries {
  /** Open hall sockets on this node. */
  abstract connectionsOnThisNode(): number;
  /** Distinct people (organisers aside) connected to an event's hall on this node. */
  abstract peopleOnThisNode(eventId: string): number;
  /** Events with at least one socket on this node. */
  abstract eventsOnThisNode(): string[];
  /** Whether an organiser of the event has the console open on this node. */
  abstract organisersOnThisNode(eventId: string): boolean;
  /** Whether any hall connection of this person (any node) stands at this booth now. */
  abstract isAtBooth(userId: string, boothId: string): Promise<boolean>;
}

/** What other modules may tell the hall to do. */
export abstract class HallCommands {
  /** Send the console's figures to the event's organisers connected to THIS node only. */
  abstract sendDashboardHere(eventId: string, figures: Dashboard): void;
  /** Close every hall socket of a user, on every node. */
  abstract disconnectUser(userId: string): void;
}
