import { SignJWT, jwtVerify, errors } from 'jose';
import { identityError } from './identity.errors.js';

const ISSUER = 'concord';
const AUDIENCE = 'concord';

/** Who the token is for, and when it was issued (milliseconds since the epoch). */
export type TokenClaims = { userId: string; issuedAtMs: number };

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
    // `iat` is in whole seconds; the milliseconds let "sign out everywhere" end the tokens
    // issued before it without refusing one issued later in the same second.
    const token = await new SignJWT({ iat_ms: Date.now() })
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
      const ms = typeof payload.iat_ms === 'number' ? payload.iat_ms : (payload.iat ?? 0) * 1000;
      return { userId: payload.sub, issuedAtMs: ms };
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
