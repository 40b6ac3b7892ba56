import type { CatalogueErrorCode } from '@pameran/contracts';
import { DomainException } from '../../common/domain.exception';

/** A refused change to a booth's products. Its HTTP status comes from `ERROR_STATUS`. */
export class CatalogueException extends DomainException<CatalogueErrorCode> {}
