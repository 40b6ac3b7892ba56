import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import { raw, type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { Logger } from 'nestjs-pino';
import { securityHeaders } from './common/security-headers';
import { AppConfig } from './config/app-config';
import { OpenApiDocument } from './modules/api-docs/openapi-document';
import { HallIoAdapter } from './modules/hall';
import { httpMetrics, MetricsRegistry } from './modules/metrics';

/** Everything main.ts and the integration tests share: headers, prefix, CORS, OpenAPI, the built client. */
export function setupApp(app: NestExpressApplication): void {
  const config = app.get(AppConfig);
  app.useLogger(app.get(Logger));
  // First, so every request is timed whole (guards, errors, compression included).
  app.use(httpMetrics(app.get(MetricsRegistry)));
  app.useWebSocketAdapter(new HallIoAdapter(app));
  // Set before anything answers, so API errors, the client's files and its SPA fallback all carry them.
  app.use(securityHeaders(config));
  // gzip for the API and the built client (a phone on mobile data downloads a quarter of the bytes).
  app.use(compression());
  // LiveKit signs the exact bytes it sends (application/webhook+json): keep them raw for that one route.
  app.use('/api/livekit/webhook', raw({ type: 'application/webhook+json', limit: '64kb' }));
  app.setGlobalPrefix('api');
  // SIGTERM drains first (process/shutdown.ts, from main.ts); the other signals close at once.
  app.enableShutdownHooks(['SIGINT', 'SIGHUP', 'SIGQUIT', 'SIGUSR2']);
  app.disable('x-powered-by');
  // The same rule as the `/hall` handshake's (common/client-address.ts): `req.ip` is the client's address.
  app.set('trust proxy', config.trustProxy);
  const origins = config.publicOrigins;
  if (origins.length) app.enableCors({ origin: origins, credentials: false, maxAge: 600 });

  const openapi = new DocumentBuilder()
    .setTitle('Pameran API')
    .setDescription('The virtual exhibition hall: fair, booths, catalogue, accounts, matching and video.')
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  // Served to organisers by modules/api-docs (GET /api/openapi.json, viewer at /api/docs).
  app.get(OpenApiDocument).publish(cleanupOpenApiDoc(SwaggerModule.createDocument(app, openapi)));

  serveClient(app, config);
}

/** The production client (Vite build) with an SPA fallback; absent in API-only test runs. */
function serveClient(app: NestExpressApplication, config: AppConfig): void {
  const dist = resolve(config.get('CLIENT_DIST') ?? join(__dirname, '..', '..', 'client', 'dist'));
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return;
  app.useStaticAssets(dist, {
    index: false,
    setHeaders: (res, path) => {
      // Vite's hashed assets never change; index.html must always be revalidated.
      res.setHeader(
        'Cache-Control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api') || req.path.startsWith('/socket.io'))
      return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
