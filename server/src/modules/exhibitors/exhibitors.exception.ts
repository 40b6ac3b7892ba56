import type { ExhibitorErrorCode } from '@pameran/contracts';
import { DomainException } from '../../common/domain.exception';

/** A refused exhibitor application or decision. Its HTTP status comes from `ERROR_STATUS`. */
export class ExhibitorException extends DomainException<ExhibitorErrorCode> {}
