import type { VideoErrorCode } from '@pameran/contracts';
import { DomainException } from '../../common/domain.exception';

/** A refused video call or webhook. Its HTTP status comes from `ERROR_STATUS`. */
export class VideoException extends DomainException<VideoErrorCode> {}
