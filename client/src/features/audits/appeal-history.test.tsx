import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { AppealHistory, type AppealEntry } from './appeal-history';

const jonas = { id: 'u-jonas', name: 'Jonas Weber' };
const appeal = (appellant: { id: string; name: string }): AppealEntry => ({
  id: 'a1',
  status: 'OPEN',
  reason: 'News reporting, allowed with context.',
  createdAt: '2026-11-20T10:00:00.000Z',
  appellant,
});

const renderHistory = (entry: AppealEntry) =>
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <AppealHistory appeals={[entry]} moderator={jonas} />
    </I18nextProvider>,
  );

describe('AppealHistory', () => {
  it('names the team lead who appealed and the moderator they appealed for', () => {
    renderHistory(appeal({ id: 'u-lena', name: 'Lena Schmidt' }));
    expect(screen.getByTestId('appeal-entry')).toHaveTextContent(/^.*Appealed by Lena Schmidt for Jonas Weber on /);
  });

  it('says only who appealed when the moderator appealed themselves', () => {
    renderHistory(appeal(jonas));
    const entry = screen.getByTestId('appeal-entry');
    expect(entry).toHaveTextContent('Appealed by Jonas Weber on');
    expect(entry).not.toHaveTextContent('for Jonas Weber');
  });
});
