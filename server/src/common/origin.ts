import type { Request } from 'express';
import type { AppConfig } from '../config/app-config';

/** The origin users reach the app at: the first PUBLIC_ORIGIN, else the request's own. */
export function publicOriginOf(req: Request, config: AppConfig): string {
  return config.publicOrigins[0] ?? `${req.protocol}://${req.get('host')}`;
}
