import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { SensitiveMedia } from './sensitive-media';

const renderMedia = (tags: string[], kind: 'IMAGE' | 'VIDEO' = 'IMAGE') =>
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <SensitiveMedia kind={kind} url="https://cdn.example.com/a.jpg" tags={tags} alt="Media of case 7" />
    </I18nextProvider>,
  );

describe('SensitiveMedia', () => {
  it('blurs sensitive media until the viewer reveals it, and can hide it again', async () => {
    const { container } = renderMedia(['graphic', 'minor']);
    const frame = container.querySelector('[data-concealed]')!;
    expect(frame).toHaveAttribute('data-concealed', 'true');
    expect(frame).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByText('Sensitive content')).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: 'Media of case 7' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Show the media' }));
    expect(frame).toHaveAttribute('data-concealed', 'false');
    expect(screen.getByRole('img', { name: 'Media of case 7' })).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'Hide the media' }));
    expect(frame).toHaveAttribute('data-concealed', 'true');
  });

  it('shows media without tags at once, and a sensitive video without controls', () => {
    const plain = renderMedia([]);
    expect(plain.container.querySelector('[data-concealed]')).toHaveAttribute('data-concealed', 'false');
    expect(screen.queryByRole('button')).toBeNull();
    plain.unmount();
    const { container } = renderMedia(['graphic'], 'VIDEO');
    expect(container.querySelector('video')).not.toHaveAttribute('controls');
  });
});
