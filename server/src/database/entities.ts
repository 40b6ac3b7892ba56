import { AuditLogEntity } from '../modules/audit/audit-log.entity';
import { AtlasPageEntity } from '../modules/atlas/atlas-page.entity';
import { PasswordResetEntity, RefreshTokenEntity } from '../modules/auth/auth-token.entity';
import { ChatMessageEntity } from '../modules/chat/chat-message.entity';
import { AnnouncementEntity } from '../modules/announcements/announcement.entity';
import { SanctionEntity } from '../modules/moderation/sanction.entity';
import { MailOutboxEntity } from '../modules/mail/mail-outbox.entity';
import { MailSuppressionEntity } from '../modules/mail/mail-suppression.entity';
import { MailPreferenceEntity } from '../modules/mailing/mail-preference.entity';
import { MailCampaignEntity } from '../modules/mailing/mail-campaign.entity';
import { TimedEffectEntity } from '../modules/schedule/timed-effect.entity';
import { StaffInviteEntity } from '../modules/backoffice/staff-invite.entity';
import { BoothEntity } from '../modules/booths/booth.entity';
import { ProductEntity } from '../modules/catalogue/product.entity';
import { EventDayEntity, EventEntity, ScheduleSessionEntity } from '../modules/events/event.entity';
import { ExhibitorEntity } from '../modules/exhibitors/exhibitor.entity';
import { DealEntity, DealValueRangeEntity } from '../modules/deals/deal.entity';
import {
  AvailabilityEntity,
  IdempotencyKeyEntity,
  MeetingEntity,
  MeetingParticipantEntity,
  MeetingRequestEntity,
  MeetingTableEntity,
} from '../modules/matching/matching.entities';
import {
  ShortlistEntity,
  SourcingRequestEntity,
  SourcingResponseEntity,
} from '../modules/matching/sourcing.entities';
import { NotificationEntity } from '../modules/notifications/notification.entity';
import {
  MeetingAttendanceEntity,
  StageSeatEntity,
  StageSettingEntity,
  StageSpeakerEntity,
  WebhookEventEntity,
} from '../modules/video/video.entities';
import { STAGE_ENTITIES } from '../modules/stage/stage.entities';
import { CalendarFeedEntity } from '../modules/matching/calendar-feed.entity';
import { MESSAGES_ENTITIES } from '../modules/messages/messages.entities';
import { LeadEntity } from '../modules/leads/lead.entity';
import { MembershipEntity } from '../modules/memberships/membership.entity';
import { AUDITION_ENTITIES } from '../modules/audition/audition.entities';
import { BuyerProfileEntity, UserEntity } from '../modules/users/user.entity';
import { MeetingOutcomeEntity, MeetingOutcomePromptEntity } from '../modules/outcomes/meeting-outcome.entity';

export const ENTITIES = [
  EventEntity,
  EventDayEntity,
  ScheduleSessionEntity,
  UserEntity,
  BuyerProfileEntity,
  MembershipEntity,
  RefreshTokenEntity,
  PasswordResetEntity,
  ExhibitorEntity,
  BoothEntity,
  ProductEntity,
  LeadEntity,
  AuditLogEntity,
  ChatMessageEntity,
  SanctionEntity,
  AnnouncementEntity,
  TimedEffectEntity,
  StaffInviteEntity,
  MeetingTableEntity,
  AvailabilityEntity,
  MeetingRequestEntity,
  MeetingEntity,
  MeetingParticipantEntity,
  IdempotencyKeyEntity,
  SourcingRequestEntity,
  SourcingResponseEntity,
  ShortlistEntity,
  DealEntity,
  DealValueRangeEntity,
  NotificationEntity,
  MeetingAttendanceEntity,
  WebhookEventEntity,
  StageSpeakerEntity,
  StageSettingEntity,
  StageSeatEntity,
  ...STAGE_ENTITIES,
  MailOutboxEntity,
  MailSuppressionEntity,
  MailPreferenceEntity,
  MailCampaignEntity,
  CalendarFeedEntity,
  MeetingOutcomeEntity,
  MeetingOutcomePromptEntity,
  ...MESSAGES_ENTITIES,
  AtlasPageEntity,
  ...AUDITION_ENTITIES,
];
