import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ErrorBody, ErrorCode } from '@pameran/contracts';
import type { Response } from 'express';
import { ZodValidationException } from 'nestjs-zod';
import { QueryFailedError } from 'typeorm';
import { ZodError } from 'zod';
import { RateLimitedException } from './common.exception';
import { DomainException } from './domain.exception';
import { ERROR_STATUS } from './error-status';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Every error leaves as `{statusCode, error, message, code?, fields?}`; never a stack trace. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500) this.logger.error({ err: exception }, 'unhandled error');
    if (res.headersSent) return;
    if (exception instanceof RateLimitedException)
      res.setHeader('Retry-After', String(exception.retryAfterSeconds));
    res.status(body.statusCode).json(body);
  }

  toBody(exception: unknown): ErrorBody {
    if (exception instanceof ZodValidationException) return zodBody(exception.getZodError() as ZodError);
    if (exception instanceof ZodError) return zodBody(exception);
    if (exception instanceof DomainException) {
      return { ...base(exception.status, exception.message), code: exception.code, fields: exception.fields };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const message =
        typeof response === 'string'
          ? response
          : Array.isArray((response as { message?: unknown }).message)
            ? (response as { message: string[] }).message.join('; ')
            : String((response as { message?: unknown }).message ?? exception.message);
      return base(status, message);
    }
    if (exception instanceof QueryFailedError) {
      const { code, constraint } = (exception.driverError ?? {}) as { code?: string; constraint?: string };
      if (code === '23P01') {
        const what =
          constraint === 'schedule_session_hall_overlap'
            ? 'another hall session on that day'
            : 'an existing booking';
        return coded('overlap', `This overlaps ${what}`);
      }
      if (code === '23505') return coded('conflict', 'This already exists');
      if (code === '23503') return coded('conflict', 'A referenced record does not exist');
      // A value the database's CHECK refused got past the schemas: the request was malformed, so 400
      // rather than the 422 `invalid` has when a service names the field.
      if (code === '23514' || code === '22P02') return coded('invalid', 'A value is out of range', 400);
    }
    return base(HttpStatus.INTERNAL_SERVER_ERROR, 'Internal server error');
  }
}

function base(statusCode: number, message: string): ErrorBody {
  return { statusCode, error: REASONS[statusCode] ?? 'Error', message };
}

function coded(code: ErrorCode, message: string, status: number = ERROR_STATUS[code]): ErrorBody {
  return { ...base(status, message), code };
}

function zodBody(error: ZodError): ErrorBody {
  const fields = error.issues.map((i) => ({
    path: i.path.length ? i.path.join('.') : '(body)',
    message: i.code === 'unrecognized_keys' ? `unknown field(s): ${i.keys.join(', ')}` : i.message,
  }));
  return {
    ...coded('validation', `Validation failed: ${fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`),
    fields,
  };
}
