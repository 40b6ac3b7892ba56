import type { INestApplicationContext } from '@nestjs/common';
import { Email, Password } from '@pameran/contracts';
import { z } from 'zod';
import { hashPassword } from '../modules/auth/auth.service';
import { EventsService } from '../modules/events/events.service';
import { UsersService } from '../modules/users/users.service';
import { readPassword } from './read-password';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

/** One command: its options (all strings, as parseArgs gives them), checked with zod, and what it does. */
interface Command<S extends z.ZodObject> {
  usage: string;
  options: S;
  run(app: INestApplicationContext, options: z.infer<S>): Promise<string>;
}
/** A command with its option types checked here, and one shape for the caller whatever its options. */
type Prepared = { error: string } | { run: (app: INestApplicationContext) => Promise<string> };
const command = <S extends z.ZodObject>(c: Command<S>) => ({
  usage: c.usage,
  /** Every option takes a value (`--name value`); parseArgs needs to be told so. */
  options: Object.fromEntries(Object.keys(c.options.shape).map((k) => [k, { type: 'string' as const }])),
  prepare: (values: unknown): Prepared => prepare(c, values),
});

export const COMMANDS = {
  'create-organiser': command({
    usage: 'create-organiser --email <email> --name <display name> [--password-file <file>|-]',
    options: z.strictObject({
      email: Email,
      name: z.string().trim().min(1).max(100),
      'password-file': z.string().optional(),
    }),
    async run(app, o) {
      const password = Password.safeParse(await readPassword(o['password-file']));
      if (!password.success) throw new Error(`password ${password.error.issues[0].message}`);
      const id = await app.get(UsersService).create({
        email: o.email.toLowerCase(),
        passwordHash: await hashPassword(password.data),
        displayName: o.name,
        role: 'organiser',
        isGuest: false,
        locale: 'id',
      });
      return `Created organiser ${o.email} (${id}); they sign in with the password given.`;
    },
  }),
  'create-event': command({
    usage:
      'create-event --slug <slug> --name <name> [--name-en <English name>] --starts <YYYY-MM-DD> --ends <YYYY-MM-DD> [--time-zone Asia/Jakarta]',
    options: z
      .strictObject({
        slug: z
          .string()
          .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'must be 2–63 lower-case letters, digits or dashes'),
        name: z.string().trim().min(1).max(200),
        'name-en': z.string().trim().min(1).max(200).optional(),
        starts: day,
        ends: day,
        'time-zone': z.string().default('Asia/Jakarta'),
      })
      .refine((o) => o.ends >= o.starts, { path: ['ends'], message: 'must not be before --starts' })
      .refine((o) => Intl.supportedValuesOf('timeZone').includes(o['time-zone']), {
        path: ['time-zone'],
        message: 'must be an IANA time zone such as Asia/Jakarta',
      }),
    async run(app, o) {
      const fair = await app.get(EventsService).createFair({
        slug: o.slug,
        nameId: o.name,
        nameEn: o['name-en'] ?? o.name,
        startsOn: o.starts,
        endsOn: o.ends,
        timeZone: o['time-zone'],
      });
      return `Created the fair ${fair.slug} (${o.starts} to ${o.ends}, ${o['time-zone']}); add its sessions in the organiser's schedule console.`;
    },
  }),
};
export type CommandName = keyof typeof COMMANDS;

/** The command's options checked: either one line saying what is wrong, or the work to run. */
function prepare<S extends z.ZodObject>(cmd: Command<S>, values: unknown): Prepared {
  const options = cmd.options.safeParse(values);
  if (options.success) return { run: (app) => cmd.run(app, options.data) };
  const issue = options.error.issues[0];
  return { error: `--${issue.path.join('.') || 'options'} ${issue.message}\n  ${cmd.usage}` };
}
