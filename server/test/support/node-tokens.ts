import { JwtService } from '@nestjs/jwt';
import { TokenService } from '../../src/modules/auth/token.service';

/** Signs tokens the way spawned server nodes verify them (their JWT_SECRET, the app's issuer). */
export function nodeTokens(secret: string): TokenService {
  return new TokenService(
    new JwtService({ secret, signOptions: { issuer: 'pameran' }, verifyOptions: { issuer: 'pameran' } }),
  );
}
