import { Body, Controller, Get, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentUser, Roles } from '../../common/auth.decorators';
import { UpdateMeDto, UserDto, UserSearchQueryDto, UserSearchResultDto } from './dto/users.dto';
import { UsersService } from './users.service';
import { HelpDeskReadModel } from './help-desk.read-model';
import { fairOf, InEvent } from '../memberships';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users/me')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOkResponse({ type: UserDto })
  me(@CurrentUser() caller: Caller) {
    return this.users.get(caller.sub);
  }

  @Patch()
  @ApiOkResponse({ type: UserDto })
  update(@CurrentUser() caller: Caller, @Body() dto: UpdateMeDto) {
    return this.users.update(caller.sub, dto);
  }
}

/** The organiser's help desk finds an account (then gets or mails it a reset link: `AdminUsersController`). */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/users')
@Roles('organiser')
export class AdminUserSearchController {
  constructor(private readonly helpDesk: HelpDeskReadModel) {}

  /** Only the accounts in the fair's reach (`HelpDeskReadModel`). */
  @Get()
  @InEvent.query()
  @ApiOkResponse({ type: UserSearchResultDto })
  search(@CurrentUser() caller: Caller, @Query() q: UserSearchQueryDto) {
    return this.helpDesk.search(fairOf(caller), q.q);
  }
}
