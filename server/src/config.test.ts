import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('gives the documented defaults', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(4000);
    expect(config.HOST).toBe('127.0.0.1');
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.TOKEN_TTL).toBe('12h');
    expect(config.SEED_DEMO).toBe(true);
    expect(config.DATA_DIR).toMatch(/\.data$/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).PORT).toBe(4000);
  });

  it('names every bad variable in one message', () => {
    const bad = { PORT: 'eighty', DATABASE_URL: 'mysql://x@y/z', TOKEN_TTL: 'forever', JWT_SECRET: 'short' };
    let message = '';
    try {
      loadConfig(bad);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toContain('PORT="eighty"');
    expect(message).toContain('DATABASE_URL="mysql://x@y/z": must be a postgres:// or postgresql:// URL');
    expect(message).toContain('TOKEN_TTL="forever": use a number and a unit');
    expect(message).toContain('JWT_SECRET="short": must be at least 32 characters');
  });

  it('refuses a port out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT="70000"/);
  });

  it('leaves SSO off and password sign-in on when nothing is set', () => {
    const config = loadConfig({});
    expect(config.OIDC_ISSUER).toBeUndefined();
    expect(config.OIDC_JIT).toBe(false);
    expect(config.OIDC_ALLOWED_DOMAINS).toEqual([]);
    expect(config.PASSWORD_SIGN_IN).toBe(true);
  });

  it('reads the OIDC variables, and wants a client with an issuer', () => {
    const config = loadConfig({
      OIDC_ISSUER: 'https://idp.example.com',
      OIDC_CLIENT_ID: 'concord',
      OIDC_CLIENT_SECRET: 'secret',
      OIDC_ALLOWED_DOMAINS: ' Example.com, @example.org ,',
      OIDC_JIT: 'true',
      PASSWORD_SIGN_IN: 'false',
    });
    expect(config.OIDC_ALLOWED_DOMAINS).toEqual(['example.com', 'example.org']);
    expect(config).toMatchObject({ OIDC_JIT: true, PASSWORD_SIGN_IN: false });
    expect(() => loadConfig({ OIDC_ISSUER: 'https://idp.example.com' })).toThrow(
      /OIDC_CLIENT_ID="": is needed with OIDC_ISSUER[\s\S]*OIDC_CLIENT_SECRET=""/,
    );
  });
});
