import type { Params } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config';

/** Structured logs, one line per request; tokens, passwords and cookies never reach them. */
export function loggerOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.get('LOG_LEVEL'),
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'req.query.feed',
          'req.body.password',
          'req.body.refreshToken',
          'req.body.token',
          'res.headers["set-cookie"]',
        ],
        censor: '[redacted]',
      },
      customLogLevel: (_req, res, err) =>
        err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
      autoLogging: { ignore: (req) => req.url === '/api/health' },
      serializers: {
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        req: (req: { method: string; url: string; id: unknown }) => ({
          id: req.id,
          method: req.method,
          url: req.url.replace(/([?&](token|feed)=)[^&]+/g, '$1[redacted]'),
        }),
      },
    },
    forRoutes: ['*path'],
  };
}
