import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The repository root, two levels above `server/src` or `server/dist`. */
export const repoRoot = path.resolve(here, '..', '..');

const duration = z.string().regex(/^\d+\s*(s|m|h|d)$/, 'use a number and a unit, e.g. 30m, 12h or 7d');

const schema = z
  .object({
    /**
     * `production` unless told otherwise: express hides its error pages' details, and the
     * schema is described to signed-in users only. `pnpm dev` sets `development`.
     */
    NODE_ENV: z.enum(['production', 'development', 'test']).default('production'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
      .optional(),
    DATA_DIR: z.string().min(1).default(path.join(repoRoot, '.data')),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    TOKEN_TTL: duration.default('12h'),
    SEED_DEMO: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
    CLIENT_DIST: z.string().default(path.join(repoRoot, 'client', 'dist')),
    EVENT_BUS: z.enum(['postgres', 'memory']).default('postgres'),
    LOG_SQL: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
    MAX_BODY: z
      .string()
      .regex(/^\d+(kb|mb)$/, 'use e.g. 1mb or 512kb')
      .default('1mb'),
    LOGIN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).default(10),
    /** Failed sign-ins one address may make per minute over every email (password spraying). */
    LOGIN_FAILURES_PER_ADDRESS_PER_MINUTE: z.coerce.number().int().min(1).default(50),
    /** How long after an audit its moderator may appeal the verdict. */
    APPEAL_WINDOW_DAYS: z.coerce.number().int().min(0).max(365).default(7),
    QUESTIONS_PER_MINUTE: z.coerce.number().int().min(1).default(5),
    /**
     * SSO starts and callbacks per client address a minute (each writes a row or an entry).
     * Generous: a vendor's whole office signs in at shift start from one NAT address.
     */
    SSO_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).default(600),
    /**
     * How long one GraphQL operation may run, in milliseconds (each event a subscription
     * delivers counts as one): past it the operation is answered with TIMEOUT and whatever it
     * was writing is rolled back (app/deadline.ts).
     */
    REQUEST_DEADLINE_MS: z.coerce.number().int().min(1).max(3_600_000).default(10_000),
    /**
     * PostgreSQL's statement_timeout on the server's own connections, in milliseconds:
     * REQUEST_DEADLINE_MS unless set. Migrations, the first seed and the command line run
     * without it (they may rightly take longer).
     */
    STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(1).max(3_600_000).optional(),
    /**
     * Origins besides Concord's own that case images and videos may load from (the
     * organisation's media storage), space-separated: the pages' Content-Security-Policy
     * allows them for images and media only.
     */
    /**
     * Where outgoing mail goes: an SMTP server (`smtp://user:pass@host:587`, `smtps://…` for
     * TLS from the start). Unset, Concord writes each message to DATA_DIR/mail as an .eml
     * file and admins read the links there, so the embedded default works offline.
     */
    SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
    /** The sender of Concord's mail. */
    MAIL_FROM: z.string().min(3).default('Concord <concord@localhost>'),
    /**
     * The address people open Concord at, for the links in mail (invitations, password
     * resets): `http://localhost:PORT` unless set.
     */
    PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
    /** How long an invitation link works. */
    INVITATION_TTL_HOURS: z.coerce.number().int().min(1).max(2_160).default(168),
    /**
     * Single sign-on by OpenID Connect (modules/sso): the issuer's URL (its discovery document
     * is read at the first sign-in, so Concord starts with the IdP down), and Concord's client
     * there. Its redirect URI is PUBLIC_URL + /auth/oidc/callback. Unset: no SSO.
     */
    OIDC_ISSUER: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    /** The name on the sign-in page's button ("Sign in with Okta"); a generic one when unset. */
    OIDC_LABEL: z.string().min(1).max(60).optional(),
    /** Email domains SSO may sign in, comma-separated (example.com,example.org); empty: any. */
    OIDC_ALLOWED_DOMAINS: z
      .string()
      .default('')
      .transform((v) =>
        v
          .split(',')
          .map((d) => d.trim().toLowerCase().replace(/^@/, ''))
          .filter(Boolean),
      ),
    /**
     * Just-in-time accounts: an SSO sign-in of an unknown email creates the person, placed by
     * the claims below. Off: only people already on Concord (invited or not) sign in by SSO.
     */
    OIDC_JIT: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
    /** The claim whose value is a Role name (MODERATOR, QA_SPECIALIST, …; never ADMIN), for JIT. */
    OIDC_ROLE_CLAIM: z.string().min(1).optional(),
    /** The claim whose value is a vendor's name (absent: the platform's own staff), for JIT. */
    OIDC_VENDOR_CLAIM: z.string().min(1).optional(),
    /** The claim whose value is a market code (it-IT), for JIT. */
    OIDC_MARKET_CLAIM: z.string().min(1).optional(),
    /** Email-and-password sign-in for everyone; off leaves SSO the only way in. */
    PASSWORD_SIGN_IN: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
    MEDIA_ORIGINS: z
      .string()
      .default('')
      .transform((v) => v.split(/\s+/).filter(Boolean))
      .pipe(z.array(z.url({ protocol: /^https?$/, error: 'list origins like https://media.example.com' }))),
  })
  .superRefine((config, ctx) => {
    if (!config.OIDC_ISSUER) return;
    for (const name of ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const) {
      if (!config[name]) ctx.addIssue({ code: 'custom', path: [name], message: 'is needed with OIDC_ISSUER' });
    }
  });

export type Config = z.output<typeof schema>;

/** Thrown with every bad variable named, so a person can fix them all at once. */
export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');
      return `  ${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`;
    });
    throw new ConfigError(`Concord cannot start: bad configuration\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export const clientBuilt = (config: Config) => existsSync(path.join(config.CLIENT_DIST, 'index.html'));
