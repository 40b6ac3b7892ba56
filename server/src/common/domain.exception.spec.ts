import { HttpStatus } from '@nestjs/common';
import { ErrorCode } from '@pameran/contracts';
import { CommonException, forbidden, invalid, notFound } from './common.exception';
import { ERROR_STATUS } from './error-status';
import { HttpExceptionFilter } from './http-exception.filter';
import { QueryFailedError } from 'typeorm';

// Every feature's class, and the compiler's refusal of unknown codes: test/error-codes.spec.ts.
describe('the status table', () => {
  it('has one HTTP status for every code in contracts, a client or server error', () => {
    expect(Object.keys(ERROR_STATUS).sort()).toEqual([...ErrorCode.options].sort());
    for (const status of Object.values(ERROR_STATUS)) {
      expect(status >= 400 && status < 600).toBe(true);
    }
  });
});

describe('common helpers', () => {
  it('say what was not found, or why not, with 404 and 403', () => {
    expect(notFound('Meeting')).toMatchObject({
      code: 'not_found',
      status: 404,
      message: 'Meeting not found',
    });
    expect(forbidden('Only organisers')).toMatchObject({
      code: 'forbidden',
      status: 403,
      message: 'Only organisers',
    });
  });

  it('name the invalid field, at 422 unless a route has always answered otherwise', () => {
    expect(invalid('items.0.productId', 'not a product of this exhibitor')).toMatchObject({
      code: 'invalid',
      status: 422,
      message: 'items.0.productId: not a product of this exhibitor',
      fields: [{ path: 'items.0.productId', message: 'not a product of this exhibitor' }],
    });
    const header = invalid('Idempotency-Key', 'must be 8–100 characters', {
      status: HttpStatus.BAD_REQUEST,
      summary: 'Idempotency-Key header is required',
    });
    expect(header).toBeInstanceOf(CommonException);
    expect(header).toMatchObject({
      code: 'invalid',
      status: 400,
      message: 'Idempotency-Key header is required',
    });
  });
});

describe('one mapping to HTTP', () => {
  const filter = new HttpExceptionFilter();

  it('sends a feature exception as {statusCode, error, message, code, fields}', () => {
    const error = new CommonException('invalid_cursor', 'The cursor is not valid', [
      { path: 'cursor', message: 'not a cursor from this API' },
    ]);
    expect(filter.toBody(error)).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'The cursor is not valid',
      code: 'invalid_cursor',
      fields: [{ path: 'cursor', message: 'not a cursor from this API' }],
    });
    expect(filter.toBody(notFound('Meeting'))).toMatchObject({ statusCode: 404, code: 'not_found' });
  });

  it("keeps 400 for a value the database's CHECK refused (`invalid`, though the table says 422)", () => {
    const refused = Object.assign(Object.create(QueryFailedError.prototype) as QueryFailedError, {
      driverError: { code: '23514' },
    });
    expect(filter.toBody(refused)).toMatchObject({ statusCode: 400, code: 'invalid' });
  });
});
