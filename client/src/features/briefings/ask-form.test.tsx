import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { AskForm } from './ask-form';
import { AskBriefingQuestionMutation } from './briefing-mutations';

const asked = (text: string, anonymous: boolean) => ({
  request: { query: AskBriefingQuestionMutation, variables: { input: { briefingId: 'b1', text, anonymous } } },
  result: {
    data: {
      askBriefingQuestion: {
        __typename: 'AskBriefingQuestionPayload',
        question: {
          __typename: 'BriefingQuestion',
          id: 'q9',
          briefingId: 'b1',
          text,
          anonymous,
          createdAt: '2026-11-22T08:00:00.000Z',
          upvoteCount: 0,
          upvotedByMe: false,
          mine: true,
          status: 'OPEN',
          pinned: false,
          hidden: false,
          dismissalReason: null,
          answeredAt: null,
          author: { __typename: 'User', id: 'u1', name: 'Giulia Rossi' },
          authorMarket: { __typename: 'Market', id: 'm1', code: 'it-IT' },
          replyCount: 0,
          replies: [],
          officialAnswer: null,
          faqEntry: null,
        },
      },
    },
  },
});

const rateLimited = (text: string) => ({
  request: { query: AskBriefingQuestionMutation, variables: { input: { briefingId: 'b1', text, anonymous: false } } },
  result: {
    errors: [
      { message: 'Too many questions in a minute', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 42 } },
    ],
  },
});

function renderForm(mocks: readonly unknown[]) {
  const onAsked = vi.fn();
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <MockedProvider mocks={mocks as never}>
        <AskForm briefingId="b1" onAsked={onAsked} />
      </MockedProvider>
    </I18nextProvider>,
  );
  return { user: userEvent.setup(), onAsked, field: screen.getByRole('textbox', { name: 'Ask a question' }) };
}

describe('AskForm', () => {
  it('does not send an empty or blank question, and says why', async () => {
    const { user, field, onAsked } = renderForm([]);
    await user.type(field, '   ');
    await user.click(screen.getByRole('button', { name: 'Ask' }));
    expect(screen.getByText('Write your question first.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(onAsked).not.toHaveBeenCalled();
  });

  it('counts characters and says by how much a question is too long', async () => {
    const { user, field } = renderForm([]);
    await user.click(field);
    await user.paste('x'.repeat(1003));
    expect(screen.getByText('1003 / 1000')).toHaveAttribute('data-over', 'true');
    expect(screen.getByText('A question has at most 1000 characters: shorten it by 3.')).toBeInTheDocument();
  });

  it('sends the question, anonymous if asked, then clears and reports its id', async () => {
    const { user, field, onAsked } = renderForm([asked('Is it?', true)]);
    await user.type(field, 'Is it?');
    await user.click(screen.getByRole('checkbox', { name: /Anonymous to other attendees/ }));
    await user.click(screen.getByRole('button', { name: 'Ask' }));
    await waitFor(() => expect(onAsked).toHaveBeenCalledWith('q9'));
    expect(field).toHaveValue('');
    expect(screen.getByRole('checkbox', { name: /Anonymous/ })).not.toBeChecked();
  });

  it('tells the asker when the per-minute limit lets them ask again, and keeps their text', async () => {
    const { user, field, onAsked } = renderForm([rateLimited('One more')]);
    await user.type(field, 'One more');
    await user.click(screen.getByRole('button', { name: 'Ask' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You have asked several questions in the last minute. You can ask again in 42 seconds.',
    );
    expect(field).toHaveValue('One more');
    expect(onAsked).not.toHaveBeenCalled();
  });
});
