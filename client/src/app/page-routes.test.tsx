import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { mayUse } from '../components/page-route';
import type { Role } from '../gql/graphql';
import { createI18n } from '../i18n/i18n';
import { ViewerRoleQuery } from '../lib/viewer-role';
import { pageRoutes } from './page-routes';
import { RoleGate } from './shell/role-gate';

const ROLES: readonly Role[] = ['ADMIN', 'POLICY_OWNER', 'QA_MANAGER', 'QA_SPECIALIST', 'MODERATOR'];
const EVERYONE = ROLES;
const QA: readonly Role[] = ['ADMIN', 'QA_MANAGER', 'QA_SPECIALIST'];

// Who uses which page, as the product states it (the server's rules and the README). The same
// table drives e2e/routes.ts, which opens a few of these pages for real.
const PRODUCT: Record<string, readonly Role[]> = {
  '/': EVERYONE,
  '/policies': EVERYONE,
  '/policies/:policyId': EVERYONE,
  '/policies/:policyId/compare': EVERYONE,
  '/policies/:policyId/versions/:versionId/edit': ['ADMIN', 'POLICY_OWNER'],
  '/cases': EVERYONE,
  '/cases/:caseId': EVERYONE,
  '/calibration': EVERYONE,
  '/calibration/:id': EVERYONE,
  '/calibration/:id/results': EVERYONE,
  '/briefings': EVERYONE,
  '/briefings/:id': EVERYONE,
  '/audits': QA,
  '/audits/plans': QA,
  '/audits/:auditId': QA,
  '/my-audits': ['MODERATOR'],
  '/my-audits/team': ['MODERATOR'],
  '/appeals': QA,
  '/quality': QA,
  '/rca': QA,
  '/quizzes': EVERYONE,
  '/quizzes/:quizId': EVERYONE,
  '/quizzes/:quizId/results': QA,
  '/analytics': [...QA, 'POLICY_OWNER'],
  '/people': ['ADMIN', 'QA_MANAGER'],
  '/organisation': ['ADMIN', 'QA_MANAGER'],
  '/audit-log': ['ADMIN', 'QA_MANAGER'],
  '/account': EVERYONE,
};

describe('pageRoutes', () => {
  it('routes exactly the pages the product lists', () => {
    expect(pageRoutes.map((route) => route.path).sort()).toEqual(Object.keys(PRODUCT).sort());
  });

  const cases = pageRoutes.flatMap((route) => ROLES.map((role) => ({ path: route.path, role, route })));
  it.each(cases)('$path for $role', ({ path, role, route }) => {
    expect(mayUse(route.roles, role)).toBe(PRODUCT[path]!.includes(role));
  });
});

function renderGate(role: Role, roles: readonly Role[]) {
  const mocks = [
    { request: { query: ViewerRoleQuery }, result: { data: { me: { __typename: 'User', id: '1', role } } } },
  ] as const;
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <MockedProvider mocks={[...mocks]}>
        <MemoryRouter>
          <RoleGate roles={roles}>
            <h1>The page</h1>
          </RoleGate>
        </MemoryRouter>
      </MockedProvider>
    </I18nextProvider>,
  );
}

describe('RoleGate', () => {
  it('shows the page to a role that uses it', async () => {
    renderGate('QA_SPECIALIST', QA);
    expect(await screen.findByRole('heading', { name: 'The page' })).toBeInTheDocument();
  });

  it('tells any other role, plainly, that the page is not for it', async () => {
    renderGate('MODERATOR', QA);
    expect(await screen.findByRole('heading', { name: 'Not available for your role' })).toBeInTheDocument();
    expect(screen.getByText(/Your role, Moderator, does not use this page/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'The page' })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('waits for the role before deciding', () => {
    renderGate('MODERATOR', QA);
    expect(screen.getByText('Checking what your role may open…')).toBeInTheDocument();
  });
});
