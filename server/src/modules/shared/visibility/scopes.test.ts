import { describe, expect, it } from 'vitest';
import { Role } from '../../identity/role.js';
import { PolicyVersionStatus } from '../../policy/policy.enums.js';
import { canSeeCase, canSeeDrafts, caseScope, managedPeopleScope, policyVersionScope } from './scopes.js';
import type { Viewer } from '../viewer.js';

const viewer = (role: Role, vendorId: string | null, teamId: string | null = null): Viewer => ({
  id: 'u',
  role,
  marketId: 'm',
  teamId,
  vendorId,
  leadsTeamId: null,
});

const lumenTeam = { id: 'lumen-it', vendor: { id: 'lumen' } };
const otherLumenTeam = { id: 'lumen-de', vendor: { id: 'lumen' } };
const harborTeam = { id: 'harbor-ko', vendor: { id: 'harbor' } };
const internalTeam = { id: 'qa-it', vendor: null };

describe('case scope', () => {
  it('a moderator sees the cases of their own team only', () => {
    const moderator = viewer(Role.MODERATOR, 'lumen', 'lumen-it');
    expect(caseScope(moderator)).toEqual({ team: 'lumen-it' });
    expect(canSeeCase(moderator, lumenTeam)).toBe(true);
    expect(canSeeCase(moderator, otherLumenTeam)).toBe(false);
    expect(canSeeCase(moderator, harborTeam)).toBe(false);
    expect(canSeeCase(moderator, internalTeam)).toBe(false);
  });

  it('an internal moderator is held to their team as well', () => {
    const moderator = viewer(Role.MODERATOR, null, 'qa-it');
    expect(caseScope(moderator)).toEqual({ team: 'qa-it' });
    expect(canSeeCase(moderator, internalTeam)).toBe(true);
    expect(canSeeCase(moderator, lumenTeam)).toBe(false);
  });

  it('a moderator without a team sees no case', () => {
    const moderator = viewer(Role.MODERATOR, null, null);
    expect(caseScope(moderator)).toEqual({ team: null });
    expect(canSeeCase(moderator, internalTeam)).toBe(false);
  });

  it.each([Role.QA_MANAGER, Role.QA_SPECIALIST, Role.ADMIN, Role.POLICY_OWNER])(
    "a vendor's %s sees every team of their vendor, and nothing else",
    (role) => {
      const user = viewer(role, 'lumen', 'lumen-it');
      expect(caseScope(user)).toEqual({ team: { vendor: 'lumen' } });
      expect(canSeeCase(user, lumenTeam)).toBe(true);
      expect(canSeeCase(user, otherLumenTeam)).toBe(true);
      expect(canSeeCase(user, harborTeam)).toBe(false);
      expect(canSeeCase(user, internalTeam)).toBe(false);
    },
  );

  it.each([Role.QA_MANAGER, Role.QA_SPECIALIST, Role.ADMIN, Role.POLICY_OWNER])(
    'internal %s sees every case',
    (role) => {
      const user = viewer(role, null, role === Role.QA_MANAGER ? 'qa-it' : null);
      expect(caseScope(user)).toEqual({});
      for (const team of [lumenTeam, harborTeam, internalTeam]) expect(canSeeCase(user, team)).toBe(true);
    },
  );
});

describe('policy version scope', () => {
  it.each([Role.ADMIN, Role.POLICY_OWNER, Role.QA_MANAGER, Role.QA_SPECIALIST])('internal %s sees drafts', (role) => {
    expect(canSeeDrafts(viewer(role, null))).toBe(true);
    expect(policyVersionScope(viewer(role, null))).toEqual({});
  });

  it('moderators and every vendor user see published and retired versions only', () => {
    for (const user of [
      viewer(Role.MODERATOR, null, 'qa-it'),
      viewer(Role.MODERATOR, 'lumen'),
      viewer(Role.QA_MANAGER, 'lumen'),
    ]) {
      expect(canSeeDrafts(user)).toBe(false);
      expect(policyVersionScope(user)).toEqual({ status: { $ne: PolicyVersionStatus.DRAFT } });
    }
  });
});

describe('managed people (acknowledgement reports)', () => {
  it("limits a vendor's staff to their vendor's people; platform staff report on everyone", () => {
    expect(managedPeopleScope(viewer(Role.QA_MANAGER, 'lumen', 'lumen-it'))).toEqual({ team: { vendor: 'lumen' } });
    expect(managedPeopleScope(viewer(Role.QA_MANAGER, null, 'qa-it'))).toEqual({});
    expect(managedPeopleScope(viewer(Role.POLICY_OWNER, null))).toEqual({});
  });
});
