/**
 * `npm run admin -- <command> [options]`: bootstrap a production fair without HTTP (the first organiser,
 * the fair itself), on the same configuration as the server (DATABASE_URL or the embedded database under
 * DATA_DIR, which the server must not be holding at the same time). Migrates an empty database first, never
 * seeds demo data, never prints a password. README.md, "Deploying".
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ConfigError, parseEnv } from '../config/env.schema';
import { COMMANDS, type CommandName } from './admin-commands';

const usage = () =>
  ['Usage: npm run admin -- <command> [options]', ...Object.values(COMMANDS).map((c) => `  ${c.usage}`)].join(
    '\n',
  );

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || !(name in COMMANDS)) {
    console.error(name ? `Unknown command "${name}"\n${usage()}` : usage());
    return 2;
  }
  const cmd = COMMANDS[name as CommandName];
  let values: unknown;
  try {
    values = parseArgs({ args: rest, options: cmd.options, strict: true }).values;
  } catch (err) {
    console.error(`${(err as Error).message}\n  ${cmd.usage}`);
    return 2;
  }
  const command = cmd.prepare(values);
  if ('error' in command) {
    console.error(command.error);
    return 2;
  }
  // The command loads demo data never: SEED only concerns the server's first start.
  parseEnv({ ...process.env, SEED: 'none' });
  process.env.SEED = 'none';
  const { NestFactory } = await import('@nestjs/core');
  const { AdminCliModule } = await import('./admin-cli.module');
  const app = await NestFactory.createApplicationContext(AdminCliModule, { logger: ['error', 'warn'] });
  try {
    console.log(await command.run(app));
    return 0;
  } finally {
    await app.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof ConfigError ? err.message : `Failed: ${(err as Error).message}`);
    process.exit(1);
  },
);
