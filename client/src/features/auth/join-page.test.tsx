import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import type { Language } from '../../i18n/languages';
import { AuthProvider } from './auth-context';
import { AcceptInvitationMutation, InvitationQuery } from './auth-mutations';
import { JoinPage } from './join-page';
import { createTokenStore } from './token-store';

const TOKEN = 'tok_123';
const preview = {
  request: { query: InvitationQuery, variables: { token: TOKEN } },
  result: {
    data: {
      invitation: {
        __typename: 'InvitationPreview',
        email: 'nina@example.com',
        name: 'Nina Rossi',
        expiresAt: '2026-12-12T10:00:00.000Z',
      },
    },
  },
};

const refused = (reason: string) => ({
  request: { query: InvitationQuery, variables: { token: TOKEN } },
  result: {
    errors: [{ message: 'refused', extensions: { code: 'CONFLICT', feature: 'people', reason } }],
  },
});

function renderJoin(mocks: MockLink.MockedResponse[], hash = `#${TOKEN}`, language: Language = 'en') {
  const tokens = createTokenStore(window.localStorage);
  tokens.clear('signed-out');
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <MockedProvider mocks={mocks}>
        <AuthProvider tokens={tokens}>
          <MemoryRouter initialEntries={[`/join${hash}`]}>
            <Routes>
              <Route path="/join" element={<JoinPage />} />
              <Route path="/" element={<p>Dashboard</p>} />
            </Routes>
          </MemoryRouter>
        </AuthProvider>
      </MockedProvider>
    </I18nextProvider>,
  );
  return { tokens, user: userEvent.setup() };
}

describe('JoinPage', () => {
  it('says whom the invitation is for, checks the password, and signs in', async () => {
    const accepted = {
      request: {
        query: AcceptInvitationMutation,
        variables: { input: { token: TOKEN, password: 'a long passphrase' } },
      },
      result: {
        data: {
          acceptInvitation: { __typename: 'SignInPayload', token: 'session-1', expiresAt: '2099-01-01T00:00:00.000Z' },
        },
      },
    };
    const { tokens, user } = renderJoin([preview, accepted]);

    expect(await screen.findByText(/Nina Rossi, choose a password for nina@example.com/)).toBeInTheDocument();
    expect(screen.getByText(/At least 12 characters/)).toBeInTheDocument();

    await user.type(screen.getByLabelText('New password'), 'too short');
    await user.type(screen.getByLabelText('Repeat the password'), 'too short');
    await user.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    expect(screen.getByText('Use at least 12 characters.')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('New password'));
    await user.clear(screen.getByLabelText('Repeat the password'));
    await user.type(screen.getByLabelText('New password'), 'a long passphrase');
    await user.type(screen.getByLabelText('Repeat the password'), 'a long passphrase');
    await user.click(screen.getByRole('button', { name: 'Set password and sign in' }));

    expect(await screen.findByText('Dashboard')).toBeInTheDocument();
    expect(tokens.token()).toBe('session-1');
  });

  it.each([
    ['INVITATION_EXPIRED', 'This link has expired. Ask for a new invitation.'],
    ['INVITATION_USED', 'This link was already used. Sign in instead.'],
    ['INVITATION_REVOKED', 'This invitation was withdrawn. Ask for a new one.'],
  ])('explains a link that no longer works (%s) and offers a way on', async (reason, text) => {
    renderJoin([refused(reason)]);
    expect(await screen.findByText(text)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to sign in' })).toHaveAttribute('href', '/sign-in');
  });

  it('explains an address without a token, in Korean too', async () => {
    renderJoin([], '', 'ko');
    expect(await screen.findByText(/초대 정보가 없습니다/)).toBeInTheDocument();
  });

  it('shows the server refusing a common password in the reader’s language', async () => {
    const weak = {
      request: {
        query: AcceptInvitationMutation,
        variables: { input: { token: TOKEN, password: 'passwordpassword' } },
      },
      result: {
        errors: [
          { message: 'weak', extensions: { code: 'BAD_USER_INPUT', feature: 'people', reason: 'WEAK_PASSWORD' } },
        ],
      },
    };
    const { user } = renderJoin([preview, weak], `#${TOKEN}`, 'it');
    await screen.findByText(/Nina Rossi/);
    await user.type(screen.getByLabelText('Nuova password'), 'passwordpassword');
    await user.type(screen.getByLabelText('Ripeti la password'), 'passwordpassword');
    await user.click(screen.getByRole('button', { name: 'Imposta la password e accedi' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('La password non è stata impostata'));
    expect(screen.getByRole('alert')).toHaveTextContent('Scegli una password più lunga e meno comune');
  });
});
