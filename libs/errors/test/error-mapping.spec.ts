import * as grpc from '@grpc/grpc-js';
import {
  DomainError,
  errorCodes,
  fromServiceError,
  grpcStatusFor,
  httpStatusFor,
  toProblem,
  toServiceError,
} from '../src';

describe('error mapping', () => {
  it.each(errorCodes)('%s survives domain → gRPC → domain → HTTP', (code) => {
    const original = new DomainError(code, `msg for ${code}`, [{ field: 'name', message: '名称不能为空' }]);
    const wire = toServiceError(original) as grpc.ServiceError;
    expect(wire.code).toBe(grpcStatusFor(code));
    const back = fromServiceError(wire);
    expect(back.code).toBe(code);
    expect(back.violations).toEqual([{ field: 'name', message: '名称不能为空' }]);
    const problem = toProblem(back);
    expect(problem.status).toBe(httpStatusFor(code));
    expect(problem.code).toBe(code);
  });

  it('maps only INTERNAL to a 5xx among the client-caused codes', () => {
    const clientCaused = errorCodes.filter(
      (c) => !['INTERNAL', 'UNAVAILABLE', 'DEADLINE_EXCEEDED'].includes(c),
    );
    for (const code of clientCaused) expect(httpStatusFor(code)).toBeLessThan(500);
  });

  it('hides the message of unexpected errors', () => {
    const problem = toProblem(new Error('password=hunter2 leaked'), {
      instance: '/api/v1/x',
      requestId: 'r1',
    });
    expect(problem).toMatchObject({ status: 500, code: 'INTERNAL', instance: '/api/v1/x', requestId: 'r1' });
    expect(problem.detail).not.toContain('hunter2');
  });

  it('maps transport statuses without a domain code', () => {
    const err = Object.assign(new Error('14 UNAVAILABLE: no connection'), {
      code: grpc.status.UNAVAILABLE,
      details: 'No connection established',
      metadata: new grpc.Metadata(),
    });
    expect(fromServiceError(err).code).toBe('UNAVAILABLE');
    expect(fromServiceError({ ...err, code: grpc.status.UNKNOWN }).code).toBe('INTERNAL');
  });

  it('keeps a transport INTERNAL as the cause, for the log, and out of the problem', () => {
    const err = Object.assign(new Error('13 INTERNAL: Received RST_STREAM with code 2'), {
      code: grpc.status.INTERNAL,
      details: 'Received RST_STREAM with code 2',
      metadata: new grpc.Metadata(),
    });
    const domain = fromServiceError(err);
    expect(domain).toMatchObject({ code: 'INTERNAL', message: 'internal error', cause: err });
    expect(toProblem(domain).detail).not.toContain('RST_STREAM');
  });
});

describe('error details', () => {
  it('cross gRPC and become problem members without replacing the standard ones', () => {
    const err = new DomainError('RESOURCE_EXHAUSTED', 'locked', [], {
      retryAfterSeconds: 42,
      status: 200,
      code: 'X',
    });
    const back = fromServiceError(toServiceError(err) as grpc.ServiceError);
    expect(back.details).toEqual({ retryAfterSeconds: 42, status: 200, code: 'X' });
    expect(toProblem(back)).toMatchObject({ status: 429, code: 'RESOURCE_EXHAUSTED', retryAfterSeconds: 42 });
  });

  it('are dropped for INTERNAL errors', () => {
    const err = new DomainError('INTERNAL', 'boom', [], { secret: 'x' });
    expect(fromServiceError(toServiceError(err) as grpc.ServiceError).details).toEqual({});
  });
});
