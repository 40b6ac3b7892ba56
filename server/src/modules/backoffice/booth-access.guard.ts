import {
  applyDecorators,
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  Injectable,
  ParseUUIDPipe,
  SetMetadata,
  UnauthorizedException,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiParam } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Caller } from '../../common/auth.decorators';
import { InEvent } from '../memberships';
import { type BoothAccess, BoothAccessService, type Need } from './booth-access.service';

/** The route parameter that names the booth: its own id, or the id of one of its products. */
type Via = 'boothId' | 'productId';
interface Rule {
  need: Need;
  via: Via;
}
const RULE = 'backoffice:booth-access';

type BoothRequest = Request & { user?: Caller; boothAccess?: BoothAccess };

/**
 * Decides who may read or edit the booth a route names, so the handler receives the decision instead of
 * asking for it. Runs after the global AuthGuard (the caller is known) but before any pipe, so it checks the
 * id itself with the pipe the route's `@Param` would use: a malformed id is the same 400 as elsewhere, and
 * the 404/403 come from `BoothAccessService` as they always did.
 */
@Injectable()
export class BoothAccessGuard implements CanActivate {
  private readonly uuid = new ParseUUIDPipe();

  constructor(
    private readonly reflector: Reflector,
    private readonly access: BoothAccessService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.get<Rule | undefined>(RULE, ctx.getHandler());
    if (!rule) throw new Error('BoothAccessGuard runs only through @ForBooth() or @ForProduct()');
    const req = ctx.switchToHttp().getRequest<BoothRequest>();
    const caller = req.user;
    if (!caller) throw new UnauthorizedException('Sign in or enter as a guest first');
    const param = req.params[rule.via];
    const id = await this.uuid.transform(typeof param === 'string' ? param : '', {
      type: 'param',
      data: rule.via,
    });
    req.boothAccess =
      rule.via === 'boothId'
        ? await this.access.forBooth(caller, id, rule.need)
        : await this.access.forProduct(caller, id, rule.need);
    return true;
  }
}

/**
 * The caller must be allowed to `need` the booth `:boothId` names; the handler takes it with `@Booth()`.
 * The route acts in the booth's fair, so the caller's role and exhibitor are their memberships there.
 */
export const ForBooth = (need: Need) =>
  applyDecorators(
    SetMetadata(RULE, { need, via: 'boothId' } satisfies Rule),
    InEvent.of('booth', 'boothId'),
    UseGuards(BoothAccessGuard),
    // The handler no longer reads `:boothId` itself, so the document is told about it here.
    ApiParam({ name: 'boothId', type: String }),
  );

/** The same for the booth that the product `:productId` belongs to (an unknown id: 404 "Product"). */
export const ForProduct = (need: Need) =>
  applyDecorators(
    SetMetadata(RULE, { need, via: 'productId' } satisfies Rule),
    InEvent.of('product', 'productId'),
    UseGuards(BoothAccessGuard),
  );

/** The booth and the caller's role on it, as `@ForBooth()` / `@ForProduct()` decided. */
export const Booth = createParamDecorator((_: unknown, ctx: ExecutionContext): BoothAccess => {
  const access = ctx.switchToHttp().getRequest<BoothRequest>().boothAccess;
  if (!access) throw new Error('@Booth() needs @ForBooth() or @ForProduct() on the route');
  return access;
});
