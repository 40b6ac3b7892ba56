import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '@pameran/contracts';
import { ROLES_KEY } from '../../common/auth.decorators';
import { EVENT_SCOPE } from './event-scope';
import { NOT_YET_SCOPED } from './not-yet-scoped';

type Handler = (...args: unknown[]) => unknown;
const FAIR_ROLES: Role[] = ['organiser', 'exhibitor'];

type Controller = abstract new (...args: never[]) => unknown;

/** Every controller class under src/modules. */
async function controllers(): Promise<Controller[]> {
  const root = join(__dirname, '..');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.controller.ts'),
  );
  const modules = await Promise.all(
    files.map((f) => import(join(root, f)) as Promise<Record<string, unknown>>),
  );
  return modules.flatMap((m) =>
    Object.values(m).filter(
      (v): v is Controller => typeof v === 'function' && Reflect.getMetadata(PATH_METADATA, v) !== undefined,
    ),
  );
}

/** "METHOD /path" of every route that asks for an organiser's or exhibitor's right and names no fair. */
function unscoped(all: Controller[]): string[] {
  return all.flatMap((ctrl) => {
    const base = String(Reflect.getMetadata(PATH_METADATA, ctrl));
    const proto = ctrl.prototype as Record<string, Handler>;
    return Object.getOwnPropertyNames(proto).flatMap((name) => {
      const handler = proto[name];
      if (name === 'constructor' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) return [];
      const roles = (Reflect.getMetadata(ROLES_KEY, handler) ?? Reflect.getMetadata(ROLES_KEY, ctrl)) as
        Role[] | undefined;
      if (!roles?.some((r) => FAIR_ROLES.includes(r))) return [];
      if (Reflect.getMetadata(EVENT_SCOPE, handler) ?? Reflect.getMetadata(EVENT_SCOPE, ctrl)) return [];
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      const path = [base, String(Reflect.getMetadata(PATH_METADATA, handler))].filter((p) => p && p !== '/');
      return [`${method} /${path.join('/')}`];
    });
  });
}

describe('routes that need a right in a fair name the fair', () => {
  let all: Controller[] = [];
  let found: string[] = [];
  beforeAll(async () => {
    all = await controllers();
    found = unscoped(all);
  });

  it('finds the routes (the scan itself works)', () => {
    expect(all.length).toBeGreaterThan(30);
  });

  it('no route outside the shrinking list lacks @InEvent', () => {
    expect(found.filter((r) => !NOT_YET_SCOPED.has(r)).sort()).toEqual([]);
  });

  it('the list names no route that is scoped now (take it off)', () => {
    expect([...NOT_YET_SCOPED].filter((r) => !found.includes(r)).sort()).toEqual([]);
  });
});
