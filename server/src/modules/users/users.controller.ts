import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentUser } from '../../common/auth.decorators';
import { UpdateMeDto, UserDto } from './dto/users.dto';
import { UsersService } from './users.service';

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
