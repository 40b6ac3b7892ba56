import { Controller, Delete, Get, HttpCode, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Caller, CurrentUser } from '../../common/auth.decorators';
import { PrivacyService } from './privacy.service';

/** The person's own data: a copy of it, and erasure (docs/privacy.md). */
@ApiTags('users')
@ApiBearerAuth()
@Controller('users/me')
export class PrivacyController {
  constructor(private readonly privacy: PrivacyService) {}

  /** Everything Pameran holds about you, as a JSON download. */
  @Get('export')
  export(@CurrentUser() caller: Caller, @Res({ passthrough: true }) res: Response) {
    res.setHeader('Content-Disposition', 'attachment; filename="pameran-my-data.json"');
    return this.privacy.export(caller.sub);
  }

  /** Erase your account: what others rely on stays without your name, the rest is deleted. */
  @Delete()
  @HttpCode(204)
  erase(@CurrentUser() caller: Caller) {
    return this.privacy.erase(caller);
  }
}
