import { UpdateMeRequest, User } from '@pameran/contracts';
import { createZodDto } from 'nestjs-zod';

export class UserDto extends createZodDto(User) {}
export class UpdateMeDto extends createZodDto(UpdateMeRequest) {}
