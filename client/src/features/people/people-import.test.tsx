import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { PeopleImport } from './people-import';
import { ImportPeopleMutation } from './people-mutations';

const content = 'email,name,role,market\nanna@x.test,Anna,MODERATOR,it-IT\nbob@x.test,Bob,MODERATR,it-IT\n';
const fixed = content.replace('MODERATR', 'MODERATOR');

// jsdom's File has no text(); browsers all do.
Blob.prototype.text ??= function (this: Blob) {
  return new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(this);
  });
};

function renderPanel(mocks: MockLink.MockedResponse[]) {
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <MockedProvider mocks={mocks}>
        <PeopleImport onClose={vi.fn()} />
      </MockedProvider>
    </I18nextProvider>,
  );
  return userEvent.setup();
}

const payload = (checked: number, invited: number, dryRun: boolean) => ({
  data: { importPeople: { __typename: 'ImportPeoplePayload', checked, invited, dryRun } },
});

describe('PeopleImport', () => {
  it('checks the file first and lists its bad lines, inviting nobody', async () => {
    const rejected = {
      request: { query: ImportPeopleMutation, variables: { input: { content, dryRun: true } } },
      result: {
        errors: [
          {
            message: 'bad lines',
            extensions: {
              code: 'BAD_USER_INPUT',
              feature: 'people',
              reason: 'FILE_HAS_BAD_LINES',
              badLines: 1,
              lineErrors: [{ line: 3, field: 'role', message: '"MODERATR" is not a role' }],
            },
          },
        ],
      },
    };
    const user = renderPanel([rejected]);
    expect(screen.getByText('email,name,role,market[,team][,languages][,other_markets]')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download an example file' })).toHaveAttribute(
      'download',
      'people-example.csv',
    );
    await user.upload(screen.getByLabelText('CSV file'), new File([content], 'people.csv', { type: 'text/csv' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Nobody was invited: the file has bad lines (1).');
    const row = screen.getByRole('row', { name: /3 role/ });
    expect(row).toHaveTextContent('"MODERATR" is not a role');
    expect(screen.queryByRole('button', { name: /Invite/ })).not.toBeInTheDocument();
  });

  it('invites everyone only when confirmed after a clean check, then says how many', async () => {
    const mocks = [
      {
        request: { query: ImportPeopleMutation, variables: { input: { content: fixed, dryRun: true } } },
        result: payload(2, 0, true),
      },
      {
        request: { query: ImportPeopleMutation, variables: { input: { content: fixed, dryRun: false } } },
        delay: 50,
        result: payload(2, 2, false),
      },
    ];
    const user = renderPanel(mocks);
    await user.upload(screen.getByLabelText('CSV file'), new File([fixed], 'people.csv', { type: 'text/csv' }));
    expect(await screen.findByText('2 people pass every check.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Invite 2 people' }));
    expect(await screen.findByText('Inviting everyone in the file…')).toBeInTheDocument();
    expect(await screen.findByText('2 people invited. Their invitations are on their way.')).toBeInTheDocument();
  });
});
