import type {
  Announcement,
  AtlasPage,
  BoothSummary,
  ChatMessage,
  EventStatus,
  Meeting,
  ModerationState,
  Notification,
  RevocationReason,
  Role,
  ScheduleStateEvent,
  TalkStaffView,
  TalkVisitorView,
  StagePoll,
  StageQuestion,
} from '@pameran/contracts';

/**
 * Every domain event of the server: what happened, named `<module>.<past tense>`, with its payload.
 * Feature modules publish (after their transaction commits, see `UnitOfWork`); listeners elsewhere react.
 * The hall module turns most of them into socket events (`hall/deliveries.ts`). Events are in-process:
 * a listener that reaches other nodes does so through its own transport (the Socket.IO Redis adapter).
 * See docs/decisions/0008-module-graph-and-domain-events.md.
 */
export interface DomainEventMap {
  /** A chat message was stored (not a duplicate of an earlier `clientMsgId`). */
  'chat.message_posted': { boothId: string; message: ChatMessage };
  /** Staff or an organiser removed a chat message. */
  'chat.message_deleted': { boothId: string; id: string };
  /** An in-app notification was stored for this person; `eventId`: the fair it is about (null: none). */
  'notification.created': { userId: string; eventId: string | null; notification: Notification };
  /** A meeting changed state (or was booked); `partyUserIds` are everyone who should see it. */
  'meeting.changed': { meeting: Meeting; partyUserIds: string[] };
  /**
   * A user's mute or ban was imposed or lifted; `state` is their state now. On a ban, `sanctionId` is the
   * new sanction and `guest` says whether it should also hold the guest's network address.
   */
  'moderation.changed': {
    userId: string;
    /** The fair it holds in (null: platform-wide); `state` is the user's state there. */
    eventId: string | null;
    state: ModerationState;
    ban?: { sanctionId: string; guest: boolean };
  };
  /** A fair's own fields or its status changed (docs/decisions/0026-fair-lifecycle.md). */
  'event.changed': { eventId: string; status: EventStatus };
  /** A new fair was made from another's structure, sessions included (their timed effects are still to plan). */
  'event.cloned': { eventId: string; fromEventId: string };
  /** An event's schedule or its live state changed. */
  'schedule.changed': { eventId: string; state: ScheduleStateEvent };
  /** An organiser published an announcement to some roles (or everyone) of an event. */
  'announcement.published': { eventId: string; audience: Role[] | 'all'; announcement: Announcement };
  /**
   * A person's access was taken away: their token version is now `version`, so every older access token is
   * refused and their open sockets are closed, on every node (docs/decisions/0012-token-versions.md).
   */
  'identity.revoked': { userId: string; version: number; reason: RevocationReason };
  /** A person's role or exhibitor changed without taking access away (they joined a team, applied, upgraded). */
  'identity.changed': { userId: string };
  /** A person erased their account (it is a tombstone now): their open sockets must close. */
  'account.erased': { userId: string };
  /** What the hall shows of a booth changed (name, pictures, status). */
  'booth.changed': { eventId: string; booth: BoothSummary };
  /** A person gave or withdrew consent to be shown to exhibitors (live visitor lists, leads). */
  'user.lead_consent_changed': { userId: string; consent: boolean };
  /** Someone registered with an address another account holds (they got an account of their own). */
  'user.email_reregistered': { holderId: string; email: string; attemptId: string };
  /**
   * A message was posted in a thread between the parties of a meeting request, meeting or deal;
   * `recipientIds` are the thread's other parties (the hall pushes it live, mail may tell the absent).
   */
  'thread.message_posted': {
    eventId: string;
    threadId: string;
    messageId: string;
    senderId: string;
    recipientIds: string[];
  };
  /** An organiser hid a reported thread message; `partyIds` are the thread's parties now (sender included). */
  'thread.message_hidden': {
    threadId: string;
    messageId: string;
    senderId: string | null;
    partyIds: string[];
  };
  /**
   * A meeting that is still on starts in `minutesBefore` minutes (60 and 10, from matching's timed effects);
   * `start` is the time as the fair shows it. Mail sends each party a reminder with the `.ics`.
   */
  'meeting.reminder_due': {
    meetingId: string;
    eventId: string;
    startsAt: string;
    endsAt: string;
    start: string;
    minutesBefore: number;
    partyUserIds: string[];
  };
  /** A party recorded (or changed) their outcome of a held meeting. */
  'meeting.outcome_recorded': { eventId: string; meetingId: string; userId: string; outcome: string };
  /** A hall connection of this person left a booth (closed its panel, went elsewhere, disconnected). */
  'hall.booth_left': { userId: string; boothId: string };
  /** A booth's talk-now changed: the staff's view, and each affected visitor's view of it. */
  'talk.changed': {
    boothId: string;
    staff: TalkStaffView;
    visitors: { userId: string; view: TalkVisitorView }[];
  };
  /**
   * A stage question was asked, upvoted or moderated. Everyone watching sees it once approved; its author
   * and the moderators (the event's organisers, the session's `speakerIds`) see it in every state.
   */
  'stage.question_changed': {
    eventId: string;
    sessionId: string;
    question: StageQuestion;
    authorId: string;
    speakerIds: string[];
  };
  /** A stage poll was created, opened, closed or voted in (drafts are for moderators only). */
  'stage.poll_changed': { eventId: string; sessionId: string; poll: StagePoll; speakerIds: string[] };
  /** A zone's picture atlas page has a new version (docs/decisions/0018-booth-picture-atlas.md). */
  'atlas.page_built': { page: AtlasPage };
}

export type DomainEventName = keyof DomainEventMap;
