import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { PersonRow_UserFragment } from '../../gql/graphql';
import { createI18n } from '../../i18n/i18n';
import { EditPersonForm } from './edit-person-form';
import { UpdateUserMutation } from './people-mutations';

const markets = [
  { id: 'm-it', code: 'it-IT', name: 'Italian' },
  { id: 'm-de', code: 'de-DE', name: 'German' },
  { id: 'm-fr', code: 'fr-FR', name: 'French' },
];
const person = {
  id: 'u-1',
  name: 'Giulia',
  email: 'giulia@x.test',
  role: 'MODERATOR',
  active: true,
  joinedAt: null,
  languages: ['it'],
  market: { id: 'm-it', code: 'it-IT', name: 'Italian' },
  otherMarkets: [{ id: 'm-de', code: 'de-DE' }],
  team: null,
} as unknown as PersonRow_UserFragment;

describe('EditPersonForm', () => {
  it('sends only what changed: the languages and the other markets', async () => {
    const input = { userId: 'u-1', languages: ['it', 'fr'], otherMarketIds: ['m-de', 'm-fr'] };
    const updated = {
      __typename: 'User',
      id: 'u-1',
      name: 'Giulia',
      email: 'giulia@x.test',
      role: 'MODERATOR',
      active: true,
      joinedAt: null,
      languages: ['it', 'fr'],
      market: { __typename: 'Market', id: 'm-it', code: 'it-IT', name: 'Italian' },
      otherMarkets: [
        { __typename: 'Market', id: 'm-de', code: 'de-DE' },
        { __typename: 'Market', id: 'm-fr', code: 'fr-FR' },
      ],
      team: null,
    };
    const mocks = [
      {
        request: { query: UpdateUserMutation, variables: { input } },
        result: { data: { updateUser: { __typename: 'UserPayload', user: updated } } },
      },
    ];
    const onClose = vi.fn();
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <MockedProvider mocks={mocks}>
          <EditPersonForm person={person} roles={['MODERATOR']} markets={markets} teams={[]} onClose={onClose} />
        </MockedProvider>
      </I18nextProvider>,
    );
    const user = userEvent.setup();
    const languages = screen.getByRole('textbox', { name: /^Languages they read/ });
    expect(languages).toHaveValue('it');
    expect(screen.getByRole('checkbox', { name: 'de-DE' })).toBeChecked();
    await user.type(languages, ', fr');
    await user.click(screen.getByRole('checkbox', { name: 'fr-FR' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
  });
});
