import type { ReactNode } from 'react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { AccountPage, AccountQuery } from './account-page';
import { AuthProvider } from './auth-context';
import { RequestPasswordResetMutation, SignOutEverywhereMutation } from './auth-mutations';
import { ForgotPasswordPage } from './forgot-password-page';
import { createTokenStore } from './token-store';

function renderWith(mocks: MockLink.MockedResponse[], page: ReactNode) {
  const tokens = createTokenStore(window.localStorage);
  tokens.set({ token: 'session-1', expiresAt: '2099-01-01T00:00:00.000Z' });
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <MockedProvider mocks={mocks}>
        <AuthProvider tokens={tokens}>
          <MemoryRouter>{page}</MemoryRouter>
        </AuthProvider>
      </MockedProvider>
    </I18nextProvider>,
  );
  return { tokens, user: userEvent.setup() };
}

describe('ForgotPasswordPage', () => {
  it('checks the email, then gives the same answer whether or not it has an account', async () => {
    const request = {
      request: { query: RequestPasswordResetMutation, variables: { input: { email: 'nobody@example.com' } } },
      result: { data: { requestPasswordReset: { __typename: 'RequestPasswordResetPayload', accepted: true } } },
    };
    const { user } = renderWith([request], <ForgotPasswordPage />);
    await user.type(screen.getByLabelText('Email'), 'nobody');
    await user.click(screen.getByRole('button', { name: 'Send the link' }));
    expect(screen.getByText('Enter an email address like name@example.com.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Email'), '@example.com');
    await user.click(screen.getByRole('button', { name: 'Send the link' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'If nobody@example.com belongs to an active account, a link to choose a new password is on its way.',
    );
  });
});

describe('AccountPage', () => {
  it('asks first, then ends every session and signs out here', async () => {
    const me = {
      request: { query: AccountQuery },
      result: {
        data: {
          me: {
            __typename: 'User',
            id: '1',
            name: 'Alex Admin',
            email: 'admin@concord.demo',
            role: 'ADMIN',
            market: { __typename: 'Market', id: 'm', code: 'it-IT', name: 'Italian' },
          },
        },
      },
    };
    const everywhere = {
      request: { query: SignOutEverywhereMutation },
      result: { data: { signOutEverywhere: { __typename: 'SignOutEverywherePayload', signedOut: true } } },
    };
    const { tokens, user } = renderWith([me, everywhere], <AccountPage />);
    expect(await screen.findByText('admin@concord.demo')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Sign out everywhere' }));
    expect(tokens.token()).toBe('session-1');
    const dialog = screen.getByRole('dialog', { hidden: true });
    await user.click(within(dialog).getByRole('button', { name: 'Sign out everywhere', hidden: true }));
    await vi.waitFor(() => expect(tokens.token()).toBeNull());
  });
});
