import type { ModerationErrorCode } from '@pameran/contracts';
import { DomainException } from '../../common/domain.exception';

/** A refused mute or ban. Its HTTP status comes from `ERROR_STATUS`. */
export class ModerationException extends DomainException<ModerationErrorCode> {}
