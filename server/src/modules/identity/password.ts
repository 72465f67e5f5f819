import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const scrypt = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCallback(password, salt, keylen, options, (error, key) => (error ? reject(error) : resolve(key))),
  );

export type PasswordCost = { N: number; r: number; p: number };

// OWASP's scrypt minimum (N=2^17, r=8, p=1) costs ~128 MiB and ~150 ms a hash on a fast
// machine (1 to 3 s on a small, busy one: every sign-in, right or wrong, pays it); the
// parameters travel with each hash, so they can be raised later without a migration.
export const DEFAULT_PASSWORD_COST: PasswordCost = { N: 2 ** 17, r: 8, p: 1 };
const KEY_LENGTH = 32;

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64. */
export async function hashPassword(password: string, cost: PasswordCost = DEFAULT_PASSWORD_COST) {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEY_LENGTH, { ...cost, maxmem: 256 * cost.N * cost.r });
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Constant-time check; a malformed stored hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  const key = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, {
    ...cost,
    maxmem: 256 * cost.N * cost.r,
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/**
 * A hash no password matches (a random key), with `cost`'s parameters: checking an
 * unknown email against it does the work a known email's check does, so response times
 * do not reveal which emails exist. Made without hashing, so it costs nothing to make.
 */
export function unmatchableHash(cost: PasswordCost = DEFAULT_PASSWORD_COST): string {
  const salt = randomBytes(16).toString('base64');
  const key = randomBytes(KEY_LENGTH).toString('base64');
  return ['scrypt', cost.N, cost.r, cost.p, salt, key].join('$');
}

/** Whether `stored` was made with other parameters than `cost` (then rehash it at the next right sign-in). */
export function needsRehash(stored: string, cost: PasswordCost = DEFAULT_PASSWORD_COST): boolean {
  const [scheme, n, r, p] = stored.split('$');
  return scheme !== 'scrypt' || Number(n) !== cost.N || Number(r) !== cost.r || Number(p) !== cost.p;
}
