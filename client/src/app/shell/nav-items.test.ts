import { describe, expect, it } from 'vitest';
import { navItemsFor } from './nav-items';

const paths = (role: Parameters<typeof navItemsFor>[0]) => navItemsFor(role).map((item) => item.to);

describe('navItemsFor', () => {
  it('gives QA staff the audit queue, appeals, quality and RCA, but not "my audits"', () => {
    expect(paths('QA_SPECIALIST')).toEqual(
      expect.arrayContaining(['/audits', '/appeals', '/quality', '/rca', '/quizzes']),
    );
    expect(paths('QA_MANAGER')).not.toContain('/my-audits');
  });
  it('gives moderators their own audits and quizzes, and no analytics', () => {
    expect(paths('MODERATOR')).toEqual([
      '/',
      '/policies',
      '/cases',
      '/calibration',
      '/briefings',
      '/my-audits',
      '/quizzes',
    ]);
  });
  it('gives managers analytics', () => {
    expect(paths('QA_MANAGER')).toContain('/analytics');
    expect(paths('POLICY_OWNER')).toContain('/analytics');
  });
  it('gives admins and QA managers the people page and the audit log, and no one else', () => {
    for (const role of ['ADMIN', 'QA_MANAGER'] as const) {
      expect(paths(role)).toEqual(expect.arrayContaining(['/people', '/audit-log']));
    }
    for (const role of ['QA_SPECIALIST', 'POLICY_OWNER', 'MODERATOR'] as const) {
      expect(paths(role)).not.toContain('/people');
      expect(paths(role)).not.toContain('/audit-log');
    }
  });
  it('shows only the pages for everyone until the role is known', () => {
    expect(paths(null)).toEqual(['/', '/policies', '/cases', '/calibration', '/briefings', '/quizzes']);
  });
});
