import { describe, expect, it } from 'vitest';
import { personStatus, statusFilter } from './person-status';

describe('personStatus', () => {
  it.each([
    [{ active: false, joinedAt: '2026-01-01' }, undefined, 'DEACTIVATED'],
    [{ active: false, joinedAt: null }, 'OPEN', 'DEACTIVATED'],
    [{ active: true, joinedAt: '2026-01-01' }, 'ACCEPTED', 'ACTIVE'],
    [{ active: true, joinedAt: null }, 'OPEN', 'INVITED'],
    [{ active: true, joinedAt: null }, undefined, 'INVITED'],
    [{ active: true, joinedAt: null }, 'REVOKED', 'INVITATION_REVOKED'],
    [{ active: true, joinedAt: null }, 'EXPIRED', 'INVITATION_EXPIRED'],
  ] as const)('%j with invitation %s → %s', (user, invitation, status) => {
    expect(personStatus(user, invitation)).toBe(status);
  });
});

describe('statusFilter', () => {
  it('asks the server for what each status means', () => {
    expect(statusFilter('ACTIVE')).toEqual({ active: true, invited: false });
    expect(statusFilter('INVITED')).toEqual({ active: true, invited: true });
    expect(statusFilter('DEACTIVATED')).toEqual({ active: false });
    expect(statusFilter(null)).toEqual({});
    expect(statusFilter('nonsense')).toEqual({});
  });
});
