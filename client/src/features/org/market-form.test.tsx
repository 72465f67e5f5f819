import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import type { Language } from '../../i18n/languages';
import { MarketForm, marketProblems } from './market-form';
import { CreateMarketMutation } from './org-mutations';

function renderForm(mocks: MockLink.MockedResponse[], language: Language = 'en') {
  const onClose = vi.fn();
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <MockedProvider mocks={mocks}>
        <MarketForm onClose={onClose} />
      </MockedProvider>
    </I18nextProvider>,
  );
  return { user: userEvent.setup(), onClose };
}

const input = { code: 'fr-FR', name: 'French', timeZone: 'Europe/Paris' };
const created = {
  createMarket: {
    __typename: 'MarketPayload',
    market: { __typename: 'Market', id: 'm-fr', ...input, language: 'fr' },
  },
};

async function fill(user: ReturnType<typeof userEvent.setup>, labels: [string, string][]) {
  for (const [label, value] of labels)
    await user.type(screen.getByRole('textbox', { name: new RegExp(`^${label}`) }), value);
}

describe('marketProblems', () => {
  it.each([
    [{ code: 'it-IT', name: 'Italian', language: '', timeZone: 'Europe/Rome' }, {}],
    [{ code: 'it_IT', name: 'Italian', language: '', timeZone: 'Europe/Rome' }, { code: true }],
    [
      { code: 'it-IT', name: ' ', language: 'i', timeZone: 'Rome' },
      { name: true, language: true, timeZone: true },
    ],
    [{ code: 'ko-KR', name: 'Korean', language: 'ko', timeZone: 'Asia/Seoul' }, {}],
  ])('%j → %j', (fields, problems) => {
    expect(marketProblems(fields)).toEqual(problems);
  });
});

describe('MarketForm', () => {
  it('checks the fields first, then adds the market with its time zone', async () => {
    const mocks = [{ request: { query: CreateMarketMutation, variables: { input } }, result: { data: created } }];
    const { user, onClose } = renderForm(mocks);
    await user.click(screen.getByRole('button', { name: 'Add market' }));
    expect(screen.getByText('Enter a BCP 47 code such as it-IT.')).toBeInTheDocument();
    expect(screen.getByText('Choose a time zone from the list, such as Europe/Rome.')).toBeInTheDocument();

    await fill(user, [
      ['Code', 'fr-FR'],
      ['Name', 'French'],
    ]);
    await user.type(screen.getByRole('combobox', { name: /Time zone/ }), 'Europe/Paris');
    await user.click(screen.getByRole('button', { name: 'Add market' }));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('shows the server’s validation by field, and a refusal translated', async () => {
    const invalid = {
      request: { query: CreateMarketMutation, variables: { input } },
      result: {
        errors: [
          {
            message: 'Invalid input',
            extensions: {
              code: 'BAD_USER_INPUT',
              validationErrors: [{ property: 'input.timeZone', message: 'timeZone must be an IANA time zone' }],
            },
          },
        ],
      },
    };
    const taken = {
      request: { query: CreateMarketMutation, variables: { input } },
      result: {
        errors: [
          {
            message: 'taken',
            extensions: { code: 'CONFLICT', feature: 'org', reason: 'CODE_TAKEN', what: 'market', value: 'fr-FR' },
          },
        ],
      },
    };
    const { user } = renderForm([invalid, taken], 'ko');
    await fill(user, [
      ['코드', 'fr-FR'],
      ['이름', 'French'],
    ]);
    await user.type(screen.getByRole('combobox', { name: /시간대/ }), 'Europe/Paris');
    await user.click(screen.getByRole('button', { name: '마켓 추가' }));
    expect(await screen.findByText('Asia/Seoul처럼 목록에 있는 시간대를 선택하세요.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /시간대/ })).toHaveAttribute('aria-invalid', 'true');

    await user.click(screen.getByRole('button', { name: '마켓 추가' }));
    expect(await screen.findByText('마켓을 저장하지 못했습니다')).toBeInTheDocument();
    expect(screen.getByText(/fr-FR/, { selector: 'div, p, span' })).toBeInTheDocument();
  });
});
