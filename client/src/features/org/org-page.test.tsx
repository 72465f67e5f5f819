import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../gql/graphql';
import { createI18n } from '../../i18n/i18n';
import { OrganisationPage } from './org-page';
import { OrganisationQuery } from './org-queries';

const LUMEN = { __typename: 'Vendor', id: 'v-l', name: 'Lumen BPO', passwordSignIn: true };
const IT = {
  __typename: 'Market',
  id: 'm-it',
  code: 'it-IT',
  name: 'Italian',
  language: 'it',
  timeZone: 'Europe/Rome',
};
const lumenTeam = {
  __typename: 'Team',
  id: 't-1',
  name: 'Lumen BPO it-IT',
  kind: 'VENDOR',
  market: { __typename: 'Market', id: 'm-it', code: 'it-IT', name: 'Italian' },
  vendor: { __typename: 'Vendor', id: 'v-l', name: 'Lumen BPO' },
  lead: null,
};

function organisation(role: Role, vendor: typeof LUMEN | null): MockLink.MockedResponse {
  return {
    request: { query: OrganisationQuery },
    result: {
      data: {
        me: {
          __typename: 'User',
          id: 'me',
          role,
          team: vendor
            ? { __typename: 'Team', id: 't-1', vendor: { __typename: 'Vendor', id: vendor.id, name: vendor.name } }
            : null,
        },
        vendors: vendor ? [vendor] : [LUMEN],
        markets: [IT],
        teams: [lumenTeam],
      },
    },
  };
}

function renderPage(mock: MockLink.MockedResponse) {
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <MockedProvider mocks={[mock]}>
        <MemoryRouter>
          <OrganisationPage />
        </MemoryRouter>
      </MockedProvider>
    </I18nextProvider>,
  );
  return userEvent.setup();
}

describe('OrganisationPage', () => {
  it('gives an admin vendors, markets and teams, with leads to name', async () => {
    renderPage(organisation('ADMIN', null));
    expect(await screen.findByRole('heading', { name: 'Vendors' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Markets' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lead of Lumen BPO it-IT' })).toBeInTheDocument();
  });

  it('gives a vendor’s QA manager their vendor’s teams only, the vendor fixed', async () => {
    const user = renderPage(organisation('QA_MANAGER', LUMEN));
    expect(await screen.findByRole('heading', { name: 'Teams' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Vendors' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Markets' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lead of Lumen BPO it-IT' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a team' }));
    const form = screen.getByTestId('team-form');
    expect(within(form).getByLabelText('Vendor')).toBeDisabled();
    expect(within(form).getByLabelText('Vendor')).toHaveDisplayValue('Lumen BPO');
  });

  it('tells the platform’s own QA manager the organisation is not theirs to manage', async () => {
    renderPage(organisation('QA_MANAGER', null));
    expect(
      await screen.findByText('Only the platform’s admins and a vendor’s QA managers manage the organisation.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Teams' })).not.toBeInTheDocument();
  });
});
