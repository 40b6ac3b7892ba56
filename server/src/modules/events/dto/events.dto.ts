import {
  AddOrganiserRequest,
  CloneFairRequest,
  CreateFairRequest,
  FairEvent,
  FairList,
  FairOrganisers,
  FairRights,
  FairSettings,
  FairStatusChange,
  UpdateFairRequest,
} from '@pameran/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class FairEventDto extends createZodDto(FairEvent) {}
export class EventSettingsDto extends createZodDto(z.strictObject({ chatRegisteredOnly: z.boolean() })) {}

export class FairListDto extends createZodDto(FairList) {}
export class FairSettingsDto extends createZodDto(FairSettings) {}
export class CreateFairDto extends createZodDto(CreateFairRequest) {}
export class UpdateFairDto extends createZodDto(UpdateFairRequest) {}
export class FairStatusChangeDto extends createZodDto(FairStatusChange) {}
export class FairOrganisersDto extends createZodDto(FairOrganisers) {}
export class AddOrganiserDto extends createZodDto(AddOrganiserRequest) {}
export class CloneFairDto extends createZodDto(CloneFairRequest) {}
export class FairRightsDto extends createZodDto(FairRights) {}
