import type { LoggerService } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { Server } from 'node:http';
import { HallDrain } from '../modules/hall';

/** Beyond the drain itself: closing the app (flushing visits, stopping timed effects, pools). */
const CLOSE_MS = 10_000;

/**
 * SIGTERM (a deploy, or the primary passing one on) drains instead of dropping everyone: stop accepting
 * (the listening socket closes; the health check answers 503; kept-alive HTTP connections are closed after
 * their current answer), move the hall's sockets elsewhere and finish the acks owed (HallDrain), then close
 * the app as usual. The whole is bounded: past DRAIN_SECONDS and CLOSE_MS the process exits anyway.
 */
export function drainOnSigterm(
  app: NestExpressApplication,
  drainSeconds: number,
  logger: LoggerService,
): void {
  const http = app.getHttpServer() as Server;
  const drain = app.get(HallDrain);
  app.use((_req: Request, res: Response, next: NextFunction) => {
    if (drain.isDraining) res.setHeader('Connection', 'close');
    next();
  });
  let started = false;
  const shutdown = async (why: string) => {
    if (started) return;
    started = true;
    logger.log(`${why}: draining (at most ${drainSeconds} s)`, 'Shutdown');
    setTimeout(
      () => {
        logger.error('shutdown took too long; exiting now', 'Shutdown');
        process.exit(1);
      },
      drainSeconds * 1000 + CLOSE_MS,
    ).unref();
    try {
      http.close();
      http.closeIdleConnections();
      await drain.drain(drainSeconds * 1000);
      // Connections that were busy at the start have answered since (with Connection: close) or are idle.
      http.closeIdleConnections();
      await app.close();
      logger.log('closed', 'Shutdown');
      process.exit(0);
    } catch (err) {
      logger.error(`shutdown failed: ${(err as Error).message}`, 'Shutdown');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  // A worker whose primary is gone has nobody to answer to: drain and go.
  process.once('disconnect', () => void shutdown('primary gone'));
}
