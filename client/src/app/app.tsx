import { ApolloProvider } from '@apollo/client/react';
import type { i18n as I18n } from 'i18next';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router/dom';
import { AuthProvider } from '../features/auth/auth-context';
import type { TokenStore } from '../features/auth/token-store';
import type { ConcordApollo } from './apollo-client';
import { createRouter } from './router';

type AppProps = { i18n: I18n; apollo: ConcordApollo; tokens: TokenStore };

/** The providers every page relies on, then the router. */
export function App({ i18n, apollo, tokens }: AppProps) {
  const [router] = useState(createRouter);
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={apollo.client}>
        <AuthProvider tokens={tokens}>
          <RouterProvider router={router} />
        </AuthProvider>
      </ApolloProvider>
    </I18nextProvider>
  );
}
