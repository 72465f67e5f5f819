import { describe, expect, it } from 'vitest';
import { readSignedInFragment } from './signed-in-page';

describe('readSignedInFragment', () => {
  it('reads the session and the path the SSO callback sends', () => {
    expect(
      readSignedInFragment('#token=abc.def&expiresAt=2030-01-01T00%3A00%3A00.000Z&next=%2Faudits%3Ftab%3D1'),
    ).toEqual({
      session: { token: 'abc.def', expiresAt: '2030-01-01T00:00:00.000Z' },
      next: '/audits?tab=1',
    });
  });

  it('follows no other origin, and gives nothing without a token', () => {
    expect(readSignedInFragment('#token=t&expiresAt=x&next=%2F%2Fevil.test')?.next).toBe('/');
    expect(readSignedInFragment('#next=%2F')).toBeNull();
    expect(readSignedInFragment('')).toBeNull();
  });
});
