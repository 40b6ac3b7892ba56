import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { FairQuery, UpdateMailPreferences, type UnsubscribeResult } from '@pameran/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Caller, CurrentUser, Public, Roles } from '../../common/auth.decorators';
import { invalid, notFound } from '../../common/common.exception';
import { MailSuppressions } from '../mail';
import { MailPreferencesService } from './mail-preferences.service';
import { PersonalMail } from './personal-mail.service';
import { FairSuppressionsReadModel } from './read-models/fair-suppressions.read-model';
import { fairOf, InEvent } from '../memberships';

class UpdatePreferencesDto extends createZodDto(UpdateMailPreferences) {}
class FairQueryDto extends createZodDto(FairQuery) {}
class TokenQuery extends createZodDto(z.strictObject({ token: z.string().min(1).max(200) })) {}

/** A person's own mail switches. */
@ApiTags('mail')
@ApiBearerAuth()
@Controller('me/mail-preferences')
export class MailPreferencesController {
  constructor(private readonly preferences: MailPreferencesService) {}

  @Get()
  get(@CurrentUser() caller: Caller) {
    return this.preferences.get(caller.sub);
  }

  @Put()
  update(@CurrentUser() caller: Caller, @Body() dto: UpdatePreferencesDto) {
    return this.preferences.update(caller.sub, dto);
  }
}

/**
 * The signed unsubscribe link, without sign-in: `GET` tells the public page what the link would turn off,
 * `POST` turns it off (what a mail client's one-click button sends, RFC 8058, and the page's button).
 * A GET never changes anything, so a link scanner that opens every URL unsubscribes nobody.
 */
@ApiTags('mail')
@Controller('mail/unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly mail: PersonalMail,
    private readonly preferences: MailPreferencesService,
  ) {}

  @Public()
  @Get()
  check(@Query() q: TokenQuery): { kind: string } {
    return { kind: this.verify(q.token).kind };
  }

  @Public()
  @Post()
  @HttpCode(200)
  async unsubscribe(@Query() q: TokenQuery): Promise<UnsubscribeResult> {
    const { userId, kind } = this.verify(q.token);
    await this.preferences.update(userId, { kinds: { [kind]: false } });
    return { kind, enabled: false };
  }

  private verify(token: string) {
    const named = this.mail.tokens.verify(token);
    if (!named) throw invalid('token', 'not a valid unsubscribe link');
    return named;
  }
}

/**
 * A fair's organisers (`?event=`) see the addresses in their fair's reach that refused mail for good, and
 * lift one once its owner fixed it (`FairSuppressionsReadModel`).
 */
@ApiTags('console')
@ApiBearerAuth()
@Roles('organiser')
@InEvent.query()
@Controller('console/mail/suppressions')
export class MailSuppressionsController {
  constructor(
    private readonly suppressions: MailSuppressions,
    private readonly inFair: FairSuppressionsReadModel,
  ) {}

  @Get()
  list(@CurrentUser() caller: Caller, @Query() _fair: FairQueryDto) {
    return this.inFair.list(fairOf(caller));
  }

  @Delete(':address')
  @HttpCode(204)
  async lift(
    @CurrentUser() caller: Caller,
    @Query() _fair: FairQueryDto,
    @Param('address') address: string,
  ): Promise<void> {
    const mine = await this.inFair.inReach(fairOf(caller), address);
    if (!mine || !(await this.suppressions.lift(address))) throw notFound('suppressed address');
  }
}
