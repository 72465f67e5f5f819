import { SignJWT, jwtVerify, errors } from 'jose';
import { identityError } from './identity.errors.js';

const ISSUER = 'concord';
const AUDIENCE = 'concord';

export type TokenClaims = { userId: string };

/** Signs and checks the bearer tokens (HS256 JWTs) that HTTP and websockets accept. */
export class TokenService {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly ttl: string,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async sign(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(this.ttl)
      .sign(this.key);
    const { exp } = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { exp: number };
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** Throws UNAUTHENTICATED with a message that says what was wrong with the token. */
  async verify(token: string): Promise<TokenClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
      });
      if (!payload.sub) throw identityError('UNAUTHENTICATED', 'TOKEN_INVALID', 'The token names no user.');
      return { userId: payload.sub };
    } catch (error) {
      if (error instanceof errors.JWTExpired) {
        throw identityError('UNAUTHENTICATED', 'TOKEN_EXPIRED', 'Your sign-in has expired: sign in again.');
      }
      if (error instanceof errors.JOSEError) {
        throw identityError('UNAUTHENTICATED', 'TOKEN_INVALID', 'The token is not valid: sign in again.');
      }
      throw error;
    }
  }
}

/** `Bearer <token>` → the token; anything else → null. */
export function bearerToken(header: unknown): string | null {
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+([A-Za-z0-9_\-.]+)$/i.exec(header.trim());
  return match ? match[1]! : null;
}
