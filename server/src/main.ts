import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cluster from 'node:cluster';
import { ConfigError, parseEnv, type Env } from './config/env.schema';

/** Fail in one clear line before anything starts. */
function environment(): Env {
  try {
    return parseEnv(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}

async function start(): Promise<void> {
  const env = environment();
  if (env.WORKERS !== undefined && cluster.isPrimary) {
    const { runPrimary } = await import('./process/primary');
    return runPrimary(env).catch((err: Error) => {
      console.error(err.message);
      process.exit(1);
    });
  }
  return bootstrap(env);
}

async function bootstrap(env: Env): Promise<void> {
  const started = Date.now();
  const { AppModule } = await import('./app.module');
  const { setupApp } = await import('./setup-app');
  const { AppConfig } = await import('./config/app-config');
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true });
  setupApp(app);
  // A library promise rejected with nobody listening (e.g. a Redis publish while Redis is away) must not
  // take the node down with every visitor on it; log it and carry on.
  const { Logger } = await import('@nestjs/common');
  process.on('unhandledRejection', (err) =>
    new Logger('Process').error({ err }, 'unhandled promise rejection'),
  );
  const config = app.get(AppConfig);
  const { drainOnSigterm } = await import('./process/shutdown');
  drainOnSigterm(app, env.DRAIN_SECONDS, new Logger('Shutdown'));
  await app.listen(config.get('PORT'), config.get('HOST'));
  const url = (await app.getUrl()).replace('[::1]', 'localhost').replace('0.0.0.0', 'localhost');
  // One simulated crowd (and its matchmaking) per machine, not one per worker.
  if (!cluster.isWorker || process.env.PAMERAN_WORKER_INDEX === '0') {
    const { DemoCrowdService } = await import('./modules/demo/demo-crowd.service');
    await app.get(DemoCrowdService).start(url.replace('localhost', '127.0.0.1'));
    const { DemoMatchmaking } = await import('./modules/demo/demo-matchmaking.service');
    await app.get(DemoMatchmaking).start();
  }
  if (cluster.isWorker) {
    const ready: import('./process/primary').WorkerReady = { type: 'pameran:ready', url };
    process.send?.(ready);
    console.log(
      `worker ${process.env.PAMERAN_WORKER_INDEX} (pid ${process.pid}) ready in ${Date.now() - started} ms`,
    );
    return;
  }
  console.log(
    `\nPameran is running at ${url}  (API docs: ${url}/api/docs)  — ready in ${Date.now() - started} ms\n`,
  );
}

void start();
