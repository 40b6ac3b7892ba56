import {
  AcceptRequest,
  AutoScheduleCommit,
  AutoScheduleInput,
  AvailabilityInput,
  BuyerDirectoryQuery,
  CreateBuyerMeetingRequest,
  CalendarFeedLink,
  CounterRequest,
  CreateMeetingRequest,
  DeclineRequest,
  InvitationAnswer,
  MatchingSettingsInput,
  MeetingAction,
  MeetingTableInput,
  RequestStatus,
  SourcingInput,
  SourcingResponseInput,
  WorkingHours,
} from '@pameran/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class CreateMeetingRequestDto extends createZodDto(CreateMeetingRequest) {}
export class AcceptRequestDto extends createZodDto(AcceptRequest) {}
export class DeclineRequestDto extends createZodDto(DeclineRequest) {}
export class CounterRequestDto extends createZodDto(CounterRequest) {}
export class MeetingActionDto extends createZodDto(MeetingAction) {}
export class AvailabilityDto extends createZodDto(AvailabilityInput) {}
export class WorkingHoursDto extends createZodDto(
  z.strictObject({ workingHours: WorkingHours.nullable() }),
) {}
export class MatchingSettingsDto extends createZodDto(MatchingSettingsInput) {}
export class MeetingTableDto extends createZodDto(MeetingTableInput) {}
export class AutoScheduleDto extends createZodDto(AutoScheduleInput) {}
export class AutoScheduleCommitDto extends createZodDto(AutoScheduleCommit) {}
export class SourcingDto extends createZodDto(SourcingInput) {}
export class SourcingResponseDto extends createZodDto(SourcingResponseInput) {}

export class RequestListQuery extends createZodDto(
  z.strictObject({
    side: z.enum(['incoming', 'outgoing', 'all']).default('outgoing'),
    status: RequestStatus.optional(),
    cursor: z.iso.datetime({ offset: true }).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    /** Only this fair's requests (its slug); the guard resolves it (`@InEvent.query`). */
    event: z.string().max(100).optional(),
  }),
) {}
export class SlotQuery extends createZodDto(z.strictObject({ exhibitorId: z.uuid() })) {}
export class FeedQuery extends createZodDto(z.strictObject({ feed: z.string().min(10).max(200) })) {}
export class SourcingQuery extends createZodDto(
  z.strictObject({
    mine: z.enum(['true', 'false']).optional(),
    status: z.enum(['open', 'closed']).optional(),
  }),
) {}
export class CalendarFeedLinkDto extends createZodDto(CalendarFeedLink) {}
export class InvitationAnswerDto extends createZodDto(InvitationAnswer) {}
export class BuyerDirectoryQueryDto extends createZodDto(BuyerDirectoryQuery) {}
export class CreateBuyerMeetingRequestDto extends createZodDto(CreateBuyerMeetingRequest) {}
