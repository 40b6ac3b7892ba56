import type { INestApplicationContext } from '@nestjs/common';
import { Email, FairSlug, FairTimeZone, Password } from '@pameran/contracts';
import { z } from 'zod';
import { hashPassword } from '../modules/auth/auth.service';
import { FairsService } from '../modules/events/fairs.service';
import { UsersService } from '../modules/users/users.service';
import { readPassword } from './read-password';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

/** One command: its options (all strings, as parseArgs gives them), checked with zod, and what it does. */
interface Command<S extends z.ZodObject> {
  usage: string;
  /** Options that may be given more than once (their values arrive as a list). */
  multiple?: string[];
  options: S;
  run(app: INestApplicationContext, options: z.infer<S>): Promise<string>;
}
/** A command with its option types checked here, and one shape for the caller whatever its options. */
type Prepared = { error: string } | { run: (app: INestApplicationContext) => Promise<string> };
const command = <S extends z.ZodObject>(c: Command<S>) => ({
  usage: c.usage,
  /** Every option takes a value (`--name value`); parseArgs needs to be told so. */
  options: Object.fromEntries(
    Object.keys(c.options.shape).map((k) => [
      k,
      { type: 'string' as const, multiple: c.multiple?.includes(k) ?? false },
    ]),
  ),
  prepare: (values: unknown): Prepared => prepare(c, values),
});

/** A new account of `role` that signs in with the password given (never an argument). */
async function createAccount(
  app: INestApplicationContext,
  o: { email: string; name: string; 'password-file'?: string },
  role: 'organiser' | 'platform_admin',
): Promise<string> {
  const password = Password.safeParse(await readPassword(o['password-file']));
  if (!password.success) throw new Error(`password ${password.error.issues[0].message}`);
  return app.get(UsersService).create({
    email: o.email.toLowerCase(),
    passwordHash: await hashPassword(password.data),
    displayName: o.name,
    role,
    isGuest: false,
    locale: 'id',
  });
}

const account = z.strictObject({
  email: Email,
  name: z.string().trim().min(1).max(100),
  'password-file': z.string().optional(),
});

/** `--organiser a@x --organiser b@y` or `--organiser a@x,b@y`: the e-mails, each checked. */
const organiserList = z
  .array(z.string())
  .default([])
  .transform((given) =>
    given
      .flatMap((g) => g.split(','))
      .map((e) => e.trim())
      .filter(Boolean),
  )
  .pipe(z.array(Email));

export const COMMANDS = {
  'create-platform-admin': command({
    usage: 'create-platform-admin --email <email> --name <display name> [--password-file <file>|-]',
    options: account,
    async run(app, o) {
      const id = await createAccount(app, o, 'platform_admin');
      return `Created platform admin ${o.email} (${id}); they create fairs and name their organisers.`;
    },
  }),
  'create-organiser': command({
    usage: 'create-organiser --email <email> --name <display name> [--password-file <file>|-]',
    options: account,
    async run(app, o) {
      const id = await createAccount(app, o, 'organiser');
      return (
        `Created organiser ${o.email} (${id}); they sign in with the password given. ` +
        "The account runs no fair until one names it (create-event --organiser, or a fair's organisers page)."
      );
    },
  }),
  'create-event': command({
    usage:
      'create-event --slug <slug> --name <name> [--name-en <English name>] --starts <YYYY-MM-DD> --ends <YYYY-MM-DD> [--time-zone Asia/Jakarta|Asia/Makassar|Asia/Jayapura] [--organiser <email>[,<email>…]]…',
    multiple: ['organiser'],
    options: z
      .strictObject({
        slug: FairSlug,
        name: z.string().trim().min(1).max(200),
        'name-en': z.string().trim().min(1).max(200).optional(),
        starts: day,
        ends: day,
        'time-zone': FairTimeZone.default('Asia/Jakarta'),
        organiser: organiserList,
      })
      .refine((o) => o.ends >= o.starts, { path: ['ends'], message: 'must not be before --starts' }),
    async run(app, o) {
      const fair = await app.get(FairsService).create(null, {
        slug: o.slug,
        nameId: o.name,
        nameEn: o['name-en'] ?? o.name,
        startsOn: o.starts,
        endsOn: o.ends,
        timeZone: o['time-zone'],
        organisers: o.organiser,
      });
      const run = o.organiser.length
        ? `run by ${o.organiser.join(', ')}`
        : 'no organiser yet: name one with --organiser';
      return `Created the fair ${fair.slug} (${o.starts} to ${o.ends}, ${o['time-zone']}, draft; ${run}); add its sessions in the organiser's schedule console.`;
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
