import type { ImportErrorCode } from '@pameran/contracts';
import { DomainException } from '../../common/domain.exception';

/** A refused CSV/XLSX import: the file, or its rows. Its HTTP status comes from `ERROR_STATUS`. */
export class ImportException extends DomainException<ImportErrorCode> {}
