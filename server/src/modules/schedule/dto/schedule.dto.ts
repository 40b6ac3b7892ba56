import {
  CreateSessionRequest,
  ScheduleSession,
  SessionControlRequest,
  UpdateSessionRequest,
} from '@pameran/contracts';
import { createZodDto } from 'nestjs-zod';

export class CreateSessionDto extends createZodDto(CreateSessionRequest) {}
export class UpdateSessionDto extends createZodDto(UpdateSessionRequest) {}
export class SessionControlDto extends createZodDto(SessionControlRequest) {}
export class ScheduleSessionDto extends createZodDto(ScheduleSession) {}
