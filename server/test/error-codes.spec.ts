import { HttpStatus } from '@nestjs/common';
import { ERROR_CODES, ErrorCode, type ErrorFeature } from '@pameran/contracts';
import type { z } from 'zod';
import { AuthException } from '../src/modules/auth/auth.exception';
import { BackofficeException } from '../src/modules/backoffice/backoffice.exception';
import { CatalogueException } from '../src/modules/catalogue/catalogue.exception';
import { ChatException } from '../src/modules/chat/chat.exception';
import { ConsoleException } from '../src/modules/console/console.exception';
import { EventException } from '../src/modules/events/events.exception';
import { ExhibitorException } from '../src/modules/exhibitors/exhibitors.exception';
import { HallException } from '../src/modules/hall/hall.exception';
import { ImportException } from '../src/modules/imports/imports.exception';
import { MatchingException } from '../src/modules/matching/matching.exception';
import { DirectoryException } from '../src/modules/matching/directory.exception';
import { ModerationException } from '../src/modules/moderation/moderation.exception';
import { ScheduleException } from '../src/modules/schedule/schedule.exception';
import { UploadException } from '../src/modules/uploads/uploads.exception';
import { UserException } from '../src/modules/users/users.exception';
import { VideoException } from '../src/modules/video/video.exception';
import { TalkException } from '../src/modules/talk/talk.exception';
import { OnsiteException } from '../src/modules/onsite/onsite.exception';
import { StageException } from '../src/modules/stage/stage.exception';
import { AuditionException } from '../src/modules/audition/audition.exception';
import { CommonException } from '../src/common/common.exception';
import { DomainException } from '../src/common/domain.exception';
import { ERROR_STATUS } from '../src/common/error-status';

/**
 * The exception class of each feature in contracts; the type makes a feature without one fail to compile.
 * (A unit spec outside src/, as it reaches into every module.)
 */
const CLASSES: {
  [F in ErrorFeature]: new (code: z.infer<(typeof ERROR_CODES)[F]>, message: string) => DomainException;
} = {
  common: CommonException,
  auth: AuthException,
  users: UserException,
  exhibitors: ExhibitorException,
  backoffice: BackofficeException,
  catalogue: CatalogueException,
  events: EventException,
  imports: ImportException,
  uploads: UploadException,
  chat: ChatException,
  hall: HallException,
  moderation: ModerationException,
  schedule: ScheduleException,
  matching: MatchingException,
  directory: DirectoryException,
  console: ConsoleException,
  video: VideoException,
  talk: TalkException,
  onsite: OnsiteException,
  stage: StageException,
  audition: AuditionException,
};

const features = Object.keys(ERROR_CODES) as ErrorFeature[];

describe('error codes', () => {
  it('belong to exactly one feature each', () => {
    const all = features.flatMap((f) => ERROR_CODES[f].options as string[]);
    const twice = all.filter((code, i) => all.indexOf(code) !== i);
    expect(twice).toEqual([]);
    expect([...ErrorCode.options].sort()).toEqual([...all].sort());
  });

  it.each(features)('of %s are thrown by its class with the status from the table', (feature) => {
    const Exception = CLASSES[feature] as new (code: ErrorCode, message: string) => DomainException;
    for (const code of ERROR_CODES[feature].options) {
      const error = new Exception(code, 'why');
      expect(error).toBeInstanceOf(DomainException);
      expect({ code: error.code, status: error.status, message: error.message }).toEqual({
        code,
        status: ERROR_STATUS[code],
        message: 'why',
      });
    }
  });

  it('keep the statuses clients already rely on', () => {
    // A sample across features; a change here changes the API.
    expect(new MatchingException('slot_taken', 'x').status).toBe(HttpStatus.CONFLICT);
    expect(new MatchingException('idempotency_mismatch', 'x').status).toBe(HttpStatus.UNPROCESSABLE_ENTITY);
    expect(new AuthException('invalid_credentials', 'x').status).toBe(HttpStatus.UNAUTHORIZED);
    expect(new UploadException('upload_too_large', 'x').status).toBe(HttpStatus.PAYLOAD_TOO_LARGE);
    expect(new ImportException('import_type', 'x').status).toBe(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    expect(new VideoException('video_not_configured', 'x').status).toBe(HttpStatus.SERVICE_UNAVAILABLE);
    expect(new EventException('unknown_day', 'x').status).toBe(HttpStatus.BAD_REQUEST);
    expect(new ScheduleException('hall_closed', 'x').status).toBe(HttpStatus.CONFLICT);
  });

  it('are refused by the compiler when unknown or thrown by the wrong feature', () => {
    // @ts-expect-error not a code in contracts
    expect(new MatchingException('no_such_code', 'x').code).toBe('no_such_code');
    // @ts-expect-error a chat code is not matching's
    expect(new MatchingException('muted', 'x').code).toBe('muted');
    // @ts-expect-error the base class is abstract: every throw names its feature
    expect(() => new DomainException('not_found', 'x')).not.toThrow();
  });
});
