import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { QuestionCard, type CardQuestion } from './question-card';

const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>\n<b>bold?</b>';

const question = (overrides: Partial<CardQuestion> = {}): CardQuestion => ({
  id: 'q1',
  briefingId: 'b1',
  text: 'Plain question',
  anonymous: false,
  createdAt: '2026-11-22T08:00:00.000Z',
  upvoteCount: 2,
  upvotedByMe: false,
  mine: false,
  status: 'OPEN',
  pinned: false,
  hidden: false,
  dismissalReason: null,
  answeredAt: null,
  author: { id: 'u1', name: 'Giulia Rossi' },
  authorMarket: { id: 'm1', code: 'it-IT' },
  replyCount: 0,
  replies: [],
  officialAnswer: null,
  faqEntry: null,
  ...overrides,
});

const live = { status: 'LIVE', threadClosed: false, canPresent: false } as const;

type CardReply = CardQuestion['replies'][number];
const reply = (overrides: Partial<CardReply> = {}): CardReply => ({
  id: 'r1',
  text: 'A reply',
  createdAt: '2026-11-22T08:01:00.000Z',
  mine: false,
  byPresenter: false,
  official: false,
  hidden: false,
  hiddenReason: null,
  author: { id: 'u3', name: 'Jonas Weber' },
  authorMarket: { id: 'm2', code: 'de-DE' },
  ...overrides,
});
const withReplies = (...replies: CardReply[]) => question({ replyCount: replies.length, replies });

function renderCard(
  q: CardQuestion,
  briefing: { status: 'LIVE' | 'ENDED'; threadClosed: boolean; canPresent: boolean } = live,
) {
  return render(
    <I18nextProvider i18n={createI18n('en')}>
      <MockedProvider mocks={[]}>
        <ol>
          <QuestionCard question={q} briefing={briefing} />
        </ol>
      </MockedProvider>
    </I18nextProvider>,
  );
}

describe('QuestionCard', () => {
  it('shows HTML and script in a question or reply as the text it is', () => {
    const { container } = renderCard(
      question({
        text: HOSTILE,
        replyCount: 1,
        replies: [
          {
            id: 'r1',
            text: HOSTILE,
            createdAt: '2026-11-22T08:01:00.000Z',
            mine: false,
            byPresenter: true,
            official: true,
            hidden: false,
            hiddenReason: null,
            author: { id: 'u2', name: 'Paola Bianchi' },
            authorMarket: { id: 'm1', code: 'it-IT' },
          },
        ],
      }),
    );
    expect(screen.getByTestId('question-text').textContent).toBe(HOSTILE);
    expect(within(screen.getByTestId('reply')).getByText(/<script>alert\(2\)<\/script>/)).toBeInTheDocument();
    expect(container.querySelectorAll('img, script, b')).toHaveLength(0);
  });

  it.each([
    ['named', question(), 'Giulia Rossi (it-IT)'],
    ['anonymous to this viewer', question({ anonymous: true, author: null, authorMarket: null }), 'Anonymous'],
    ['of another vendor', question({ author: null }), 'An attendee from it-IT'],
  ])('names the author as the viewer may see them: %s', (_, q, expected) => {
    renderCard(q);
    expect(screen.getByTestId('question-author')).toHaveTextContent(expected);
  });

  it('tells the presenter an anonymous question is anonymous to the others', () => {
    renderCard(question({ anonymous: true }), { ...live, canPresent: true });
    expect(screen.getByText('asked anonymously')).toBeInTheDocument();
  });

  it('gives moderation to the presenter only', () => {
    renderCard(question(), { ...live, canPresent: true });
    for (const name of ['Reply', 'Pin', 'Mark answered', 'Dismiss…']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
  });

  it('gives attendees reply and upvote, not moderation', () => {
    renderCard(question());
    expect(screen.getByRole('button', { name: 'Reply' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Upvote (2 votes so far)' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Pin' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Mark answered' })).toBeNull();
  });

  it('does not let the author upvote their own question', () => {
    renderCard(question({ mine: true }));
    expect(screen.getByRole('button', { name: /Upvote/ })).toBeDisabled();
  });

  it('offers no reply, upvote or moderation in a closed thread but dismissal', () => {
    renderCard(question(), { status: 'ENDED', threadClosed: true, canPresent: true });
    expect(screen.queryByRole('button', { name: 'Reply' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Pin' })).toBeNull();
    expect(screen.getByRole('button', { name: /Upvote/ })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Dismiss…' })).toBeInTheDocument();
  });

  it('offers the FAQ once a question is answered with an official answer', () => {
    renderCard(question({ status: 'ANSWERED', officialAnswer: { id: 'r1' } }), {
      ...live,
      canPresent: true,
    });
    expect(screen.getByRole('button', { name: 'Add to the FAQ' })).toBeEnabled();
  });

  it('shows why a question was dismissed', () => {
    renderCard(question({ status: 'DISMISSED', dismissalReason: 'Off-topic <i>here</i>' }));
    expect(screen.getByText('Off-topic <i>here</i>')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Upvote/ })).toBeDisabled();
  });

  it('lets the presenter hide a reply, not the official answer, and asks for a reason first', async () => {
    renderCard(withReplies(reply(), reply({ id: 'r2', official: true, byPresenter: true })), {
      ...live,
      canPresent: true,
    });
    const [plain, official] = screen.getAllByTestId('reply');
    expect(within(official!).queryByRole('button', { name: 'Hide' })).toBeNull();
    within(plain!).getByRole('button', { name: 'Hide' }).click();
    const confirm = await within(plain!).findByRole('button', { name: 'Hide reply' });
    confirm.click();
    expect(await within(plain!).findByText('Give a reason.')).toBeInTheDocument();
    expect(within(plain!).getByRole('textbox', { name: /Why is it hidden/ })).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows the presenter a hidden reply set apart with its reason, and a way back', () => {
    renderCard(withReplies(reply({ hidden: true, hiddenReason: 'Insults <b>someone</b>' })), {
      ...live,
      canPresent: true,
    });
    const hidden = screen.getByTestId('reply');
    expect(hidden).toHaveAttribute('data-hidden', 'true');
    expect(hidden).toHaveTextContent('Hidden from attendees: Insults <b>someone</b>');
    expect(within(hidden).getByRole('button', { name: 'Show again' })).toBeInTheDocument();
    expect(within(hidden).queryByRole('button', { name: 'Mark as official answer' })).toBeNull();
  });

  it('tells the author of a hidden reply why the others no longer see it, with no moderation', () => {
    renderCard(withReplies(reply({ mine: true, hidden: true, hiddenReason: 'Off-topic' })));
    const hidden = screen.getByTestId('reply');
    expect(hidden).toHaveTextContent('The presenter hid this reply from the others: Off-topic');
    expect(within(hidden).queryByRole('button')).toBeNull();
  });
});
