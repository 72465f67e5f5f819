import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { LiveMyVote_item } from './live-cache';
import { CastVoteMutation } from './session-mutations';
import { VotePanel } from './vote-panel';

const labels = [
  { key: 'none', name: 'No violation', description: 'Allowed: leave it up.' },
  { key: 'insult', name: 'Mild insult', description: 'A one-off insult.' },
  { key: 'targeted_harassment', name: 'Targeted harassment', description: '' },
];

const voted = (label: string | null, rationale: string | null = null) => ({
  request: { query: CastVoteMutation, variables: { input: { itemId: 'i1', label, rationale } } },
  result: {
    data: {
      castVote: {
        __typename: 'CastVotePayload',
        vote: { __typename: 'MyVote', label, abstained: label === null, rationale, version: 41 },
      },
    },
  },
});

function renderPanel(mocks: ReturnType<typeof voted>[]) {
  const cache = new InMemoryCache();
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <MockedProvider mocks={mocks} cache={cache}>
        <VotePanel itemId="i1" labels={labels} myVote={null} />
      </MockedProvider>
    </I18nextProvider>,
  );
  const myVote = () => cache.readFragment({ id: 'CalibrationItem:i1', fragment: LiveMyVote_item })?.myVote;
  return { user: userEvent.setup(), myVote };
}

describe('VotePanel', () => {
  it('shows each label as a button with its key, named by the label', () => {
    renderPanel([]);
    const button = screen.getByRole('button', { name: 'Mild insult' });
    expect(button).toHaveAttribute('aria-keyshortcuts', '2');
    expect(button).toHaveTextContent('2');
    expect(button).toHaveAccessibleDescription('A one-off insult.');
    expect(screen.getByRole('status')).toHaveTextContent('You have not voted on this item yet.');
  });

  it('votes with a number key, and records the vote in the item', async () => {
    const { user, myVote } = renderPanel([voted('insult')]);
    await user.keyboard('2');
    await waitFor(() => expect(myVote()).toMatchObject({ label: 'insult', abstained: false, version: 41 }));
  });

  it('does not take digits typed in the rationale as votes, and sends the rationale with the vote', async () => {
    const { user, myVote } = renderPanel([voted('targeted_harassment', 'Third message today 2')]);
    await user.type(screen.getByLabelText('Rationale (optional)'), 'Third message today 2');
    expect(myVote()).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Targeted harassment' }));
    await waitFor(() => expect(myVote()).toMatchObject({ label: 'targeted_harassment', version: 41 }));
  });

  it('abstains: a vote with no label', async () => {
    const { user, myVote } = renderPanel([voted(null)]);
    await user.click(screen.getByRole('button', { name: 'Abstain' }));
    await waitFor(() => expect(myVote()).toMatchObject({ label: null, abstained: true }));
  });
});
