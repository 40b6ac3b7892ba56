import type { ErrorCode } from '@pameran/contracts';
import { DomainException } from '../../common/domain.exception';

/** A refusal of the messages module beyond the common ones: a muted person writes nothing (`muted`, 403). */
export class MessagesException extends DomainException<Extract<ErrorCode, 'muted'>> {}
