import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../config/app-config';

/** One year: browsers remember to use https for the site's name (sent only on https responses). */
const HSTS = 'max-age=31536000; includeSubDomains';

/** An origin in the schemes a page uses to reach it: http(s) for fetches, ws(s) for sockets. */
function withSocketScheme(url: string): string[] {
  const u = new URL(url);
  const secure = u.protocol === 'https:' || u.protocol === 'wss:';
  return [`${secure ? 'https' : 'http'}://${u.host}`, `${secure ? 'wss' : 'ws'}://${u.host}`];
}

/**
 * The Content-Security-Policy of every response. The client is a Vite build with no inline script or
 * style (index.html loads hashed files from /assets), its workers and fonts are its own, pictures are its
 * own or previews (data:, blob:). It talks to this server (the API and the /hall socket) and to LiveKit,
 * both over http(s) (LiveKit's validate call) and ws(s) (signalling). Nobody may frame it.
 */
export function contentSecurityPolicy(config: AppConfig): Record<string, string[]> {
  const connect = new Set<string>(["'self'"]);
  for (const origin of config.publicOrigins) withSocketScheme(origin).forEach((o) => connect.add(o));
  const livekit = config.get('LIVEKIT_URL');
  if (livekit) withSocketScheme(livekit).forEach((o) => connect.add(o));
  return {
    'default-src': ["'self'"],
    'base-uri': ["'self'"],
    // WebAssembly compiles only the app's own .wasm (the badge scanner's QR decoder, where the phone has no
    // BarcodeDetector); 'wasm-unsafe-eval' allows that and nothing of JavaScript's eval.
    'script-src': ["'self'", "'wasm-unsafe-eval'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': [...connect],
    // Call audio and video arrive as MediaStreams; blob: and mediastream: cover LiveKit's attached elements.
    'media-src': ["'self'", 'blob:', 'mediastream:'],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
}

/**
 * helmet's headers with the policy above, and Strict-Transport-Security only on requests that came over
 * https (`req.secure`: the socket's own TLS, or X-Forwarded-Proto from a proxy Express trusts): a plain
 * http answer carrying HSTS would be ignored by browsers anyway, and a laptop demo on http must stay
 * reachable.
 */
export function securityHeaders(config: AppConfig): RequestHandler[] {
  const headers = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(config) },
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
  });
  const hsts = (req: Request, res: Response, next: NextFunction) => {
    if (req.secure) res.setHeader('Strict-Transport-Security', HSTS);
    next();
  };
  return [headers, hsts];
}
