import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import type { Language } from '../../i18n/languages';
import { InviteForm, inviteProblems } from './invite-form';
import { InviteUserMutation } from './people-mutations';

const markets = [
  { id: 'm-it', code: 'it-IT', name: 'Italian' },
  { id: 'm-de', code: 'de-DE', name: 'German' },
];
const teams = [
  { id: 't-it', name: 'Lumen it-IT', market: { id: 'm-it' }, vendor: { name: 'Lumen BPO' } },
  { id: 't-de', name: 'Lumen de-DE', market: { id: 'm-de' }, vendor: { name: 'Lumen BPO' } },
];

function renderForm(mocks: MockLink.MockedResponse[], language: Language = 'en') {
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <MockedProvider mocks={mocks}>
        <InviteForm roles={['MODERATOR', 'QA_SPECIALIST']} markets={markets} teams={teams} onClose={vi.fn()} />
      </MockedProvider>
    </I18nextProvider>,
  );
  return userEvent.setup();
}

describe('inviteProblems', () => {
  it.each([
    ['', '', { email: 'required', name: 'required' }],
    ['nope', 'Nina', { email: 'invalid' }],
    ['nina@example.com', ' ', { name: 'required' }],
    ['nina@example.com', 'Nina', {}],
  ])('%j, %j → %j', (email, name, problems) => {
    expect(inviteProblems(email, name)).toEqual(problems);
  });
});

describe('InviteForm', () => {
  it('checks the fields first, then offers only the chosen market’s teams', async () => {
    const user = renderForm([]);
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));
    expect(screen.getByText('Enter their email address.')).toBeInTheDocument();
    expect(screen.getByText('Enter their name.')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Market'), 'm-de');
    const options = [...(screen.getByLabelText('Team') as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options).toEqual(['No team', 'Lumen de-DE · Lumen BPO']);
  });

  it('shows the server’s refusal in the reader’s language (a taken email)', async () => {
    const input = {
      email: 'anna@example.com',
      name: 'Anna',
      role: 'MODERATOR' as const,
      marketId: 'm-it',
      teamId: 't-it',
    };
    const taken = {
      request: { query: InviteUserMutation, variables: { input } },
      result: {
        errors: [
          {
            message: 'taken',
            extensions: { code: 'CONFLICT', feature: 'people', reason: 'EMAIL_TAKEN', email: 'anna@example.com' },
          },
        ],
      },
    };
    const user = renderForm([taken], 'de');
    await user.type(screen.getByLabelText('E-Mail'), 'anna@example.com');
    await user.type(screen.getByLabelText('Name'), 'Anna');
    await user.selectOptions(screen.getByLabelText('Team'), 't-it');
    await user.click(screen.getByRole('button', { name: 'Einladung senden' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Die Einladung wurde nicht gesendet');
    expect(screen.getByRole('alert')).toHaveTextContent('anna@example.com');
  });

  it('checks the languages they read, then sends them with the other markets they work in', async () => {
    const input = {
      email: 'nina@example.com',
      name: 'Nina',
      role: 'MODERATOR' as const,
      marketId: 'm-it',
      teamId: 't-it',
      languages: ['it', 'en-GB'],
      otherMarketIds: ['m-de'],
    };
    const invited = {
      request: { query: InviteUserMutation, variables: { input } },
      result: {
        data: {
          inviteUser: {
            __typename: 'InviteUserPayload',
            user: {
              __typename: 'User',
              id: 'u-n',
              name: 'Nina',
              email: 'nina@example.com',
              role: 'MODERATOR',
              active: true,
              joinedAt: null,
              languages: ['it', 'en-GB'],
              market: { __typename: 'Market', id: 'm-it', code: 'it-IT', name: 'Italian' },
              otherMarkets: [{ __typename: 'Market', id: 'm-de', code: 'de-DE' }],
              team: { __typename: 'Team', id: 't-it', name: 'Lumen it-IT', vendor: { __typename: 'Vendor', id: 'v' } },
            },
            invitation: {
              __typename: 'Invitation',
              id: 'i-n',
              status: 'OPEN',
              createdAt: '2026-12-05T10:00:00.000Z',
              expiresAt: '2026-12-12T10:00:00.000Z',
              user: { __typename: 'User', id: 'u-n' },
            },
          },
        },
      },
    };
    const user = renderForm([invited]);
    await user.type(screen.getByLabelText('Email'), 'nina@example.com');
    await user.type(screen.getByLabelText('Name'), 'Nina');
    await user.selectOptions(screen.getByLabelText('Team'), 't-it');
    // The market they work in is not offered again among the others.
    expect(screen.queryByRole('checkbox', { name: 'it-IT' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'de-DE' }));
    await user.type(screen.getByRole('textbox', { name: /^Languages they read/ }), 'it, en_GB');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));
    expect(screen.getByText('Not a BCP 47 language tag: en_GB.')).toBeInTheDocument();

    await user.clear(screen.getByRole('textbox', { name: /^Languages they read/ }));
    await user.type(screen.getByRole('textbox', { name: /^Languages they read/ }), 'it, en-gb');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));
    expect(await screen.findByText('Invitation sent to nina@example.com.')).toBeInTheDocument();
  });
});
