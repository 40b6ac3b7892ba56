import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Histogram, type Registry } from 'prom-client';

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
/** Requests no route answered (the built client's files, its SPA fallback, unknown paths). */
export const UNMATCHED_ROUTE = '(unmatched)';

/**
 * HTTP latency by route TEMPLATE (`/api/events/:slug`, from Express's matched route once the response is
 * finished), method and status class. Never the raw URL: ids and slugs would make a series per visitor.
 * Mounted first (setup-app.ts), so guards, pipes, compression and errors are all inside the timing.
 */
export function httpMetrics(registry: Registry): RequestHandler {
  const latency = new Histogram({
    name: 'pameran_http_request_duration_seconds',
    help: 'HTTP requests by route template, method and status class, from arrival to the last byte',
    labelNames: ['route', 'method', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  return (req: Request, res: Response, next: NextFunction) => {
    const end = latency.startTimer();
    res.once('finish', () => {
      const template = (req.route as { path?: unknown } | undefined)?.path;
      end({
        route: typeof template === 'string' ? req.baseUrl + template : UNMATCHED_ROUTE,
        method: METHODS.has(req.method) ? req.method : 'OTHER',
        status: `${Math.floor(res.statusCode / 100)}xx`,
      });
    });
    next();
  };
}
