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
  it('shows only the pages for everyone until the role is known', () => {
    expect(paths(null)).toEqual(['/', '/policies', '/cases', '/calibration', '/briefings', '/quizzes']);
  });
});
