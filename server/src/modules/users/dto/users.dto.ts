import { UpdateMeRequest, User, UserSearchQuery, UserSearchResult } from '@pameran/contracts';
import { createZodDto } from 'nestjs-zod';

export class UserDto extends createZodDto(User) {}
export class UpdateMeDto extends createZodDto(UpdateMeRequest) {}
export class UserSearchQueryDto extends createZodDto(UserSearchQuery) {}
export class UserSearchResultDto extends createZodDto(UserSearchResult) {}
