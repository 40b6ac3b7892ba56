import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ConfigError, parseEnv } from './config/env.schema';

async function bootstrap(): Promise<void> {
  const started = Date.now();
  try {
    parseEnv(process.env); // fail in one clear line before anything starts
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
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
  await app.listen(config.get('PORT'), config.get('HOST'));
  const url = (await app.getUrl()).replace('[::1]', 'localhost').replace('0.0.0.0', 'localhost');
  const { DemoCrowdService } = await import('./modules/demo/demo-crowd.service');
  await app.get(DemoCrowdService).start(url.replace('localhost', '127.0.0.1'));
  const { DemoMatchmaking } = await import('./modules/demo/demo-matchmaking.service');
  await app.get(DemoMatchmaking).start();
  console.log(
    `\nPameran is running at ${url}  (API docs: ${url}/api/docs)  — ready in ${Date.now() - started} ms\n`,
  );
}

void bootstrap();
