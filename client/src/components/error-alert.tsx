import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/error-message';
import { Alert } from './alert';

/** A failed query or mutation, in the reader's language, with an optional retry. */
export function ErrorAlert({ error, title, onRetry }: { error: unknown; title: ReactNode; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = describeError(error);
  return (
    <Alert
      tone="error"
      title={title}
      action={
        onRetry ? (
          <button type="button" className="button button-secondary" onClick={onRetry}>
            {t('common.retry')}
          </button>
        ) : undefined
      }
    >
      {t(message.key, message.values)}
    </Alert>
  );
}
