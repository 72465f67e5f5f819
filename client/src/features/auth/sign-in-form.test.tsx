import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { Observable } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import type { Language } from '../../i18n/languages';
import { SignInForm, SignInMutation } from './sign-in-form';

const input = { email: 'qa.specialist@concord.demo', password: 'concord' };
const request = { query: SignInMutation, variables: { input } };
const signedIn = {
  data: {
    signIn: {
      __typename: 'SignInPayload',
      token: 'token-1',
      expiresAt: '2026-11-23T10:00:00.000Z',
      user: { __typename: 'User', id: '7' },
    },
  },
};

function renderForm(mocks: MockLink.MockedResponse[], language: Language = 'en') {
  const onSignedIn = vi.fn();
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <MockedProvider mocks={mocks}>
        <SignInForm onSignedIn={onSignedIn} />
      </MockedProvider>
    </I18nextProvider>,
  );
  return { onSignedIn, user: userEvent.setup() };
}

async function fillAndSubmit(user: ReturnType<typeof userEvent.setup>, email = input.email, password = input.password) {
  if (email) await user.type(screen.getByLabelText('Email'), email);
  if (password) await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInForm', () => {
  it('checks the fields before calling the server, and focuses the first one to fix', async () => {
    const { user, onSignedIn } = renderForm([]);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByText('Enter your email address.')).toBeInTheDocument();
    expect(screen.getByText('Enter your password.')).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveFocus();
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter your email address.');

    await user.type(screen.getByLabelText('Email'), 'not-an-address');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('Enter an email address like name@example.com.')).toBeInTheDocument();
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('disables the submit button while signing in, then hands over the session', async () => {
    // The answer waits until the test has seen the pending state: a 40 ms delay let it
    // arrive first on a busy machine, and the test failed.
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const link = new ApolloLink(
      () =>
        new Observable((observer) => {
          void answered.then(() => {
            observer.next(signedIn);
            observer.complete();
          });
        }),
    );
    const onSignedIn = vi.fn();
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <ApolloProvider client={new ApolloClient({ link, cache: new InMemoryCache() })}>
          <SignInForm onSignedIn={onSignedIn} />
        </ApolloProvider>
      </I18nextProvider>,
    );
    await fillAndSubmit(userEvent.setup());

    expect(await screen.findByRole('button', { name: 'Signing in…' })).toBeDisabled();
    answer();
    await waitFor(() =>
      expect(onSignedIn).toHaveBeenCalledWith({ token: 'token-1', expiresAt: '2026-11-23T10:00:00.000Z' }),
    );
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  });

  it('shows a wrong password clearly, and keeps the user on the form', async () => {
    const { user, onSignedIn } = renderForm([
      {
        request: { query: SignInMutation, variables: { input: { ...input, password: 'wrong' } } },
        result: { errors: [{ message: 'Email or password is wrong.', extensions: { code: 'UNAUTHENTICATED' } }] },
      },
    ]);
    await fillAndSubmit(user, input.email, 'wrong');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Sign-in failed');
    expect(alert).toHaveTextContent('The email or password is wrong.');
    expect(onSignedIn).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Email')).toHaveValue(input.email);
  });

  it('says how long to wait when sign-ins are rate-limited, in the reader’s language', async () => {
    const { user } = renderForm(
      [
        {
          request,
          result: {
            errors: [
              { message: 'Too many sign-in attempts', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 42 } },
            ],
          },
        },
      ],
      'it',
    );
    await user.type(screen.getByLabelText('Email'), input.email);
    await user.type(screen.getByLabelText('Password'), input.password);
    await user.click(screen.getByRole('button', { name: 'Accedi' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Troppi tentativi di accesso. Riprova tra 42 secondi.');
  });

  it('tells the user when the server cannot be reached', async () => {
    const { user } = renderForm([{ request, error: new TypeError('Failed to fetch') }]);
    await fillAndSubmit(user);

    expect(await screen.findByRole('alert')).toHaveTextContent("Concord's server cannot be reached.");
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  });
});
