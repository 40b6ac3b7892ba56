import type { ChatErrorCode } from '@pameran/contracts';
import { DomainException } from '../../common/domain.exception';

/** A refused chat message or deletion. Its HTTP status comes from `ERROR_STATUS`. */
export class ChatException extends DomainException<ChatErrorCode> {}
