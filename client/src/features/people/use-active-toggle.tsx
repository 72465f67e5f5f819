import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog';
import type { PersonRow_UserFragment } from '../../gql/graphql';
import { useDeactivateUser, useReactivateUser } from './people-mutations';

/**
 * Deactivating or reactivating a person, asked first in a dialog: `ask(person)` opens it,
 * `dialog` is the element to render, `error` the server's refusal (the last admin, say).
 */
export function useActiveToggle(): {
  ask: (person: PersonRow_UserFragment) => void;
  dialog: ReactNode;
  error: unknown;
} {
  const { t } = useTranslation();
  const [person, setPerson] = useState<PersonRow_UserFragment | null>(null);
  const [deactivate, deactivation] = useDeactivateUser();
  const [reactivate, reactivation] = useReactivateUser();
  const [error, setError] = useState<unknown>(null);

  async function confirm() {
    if (!person) return;
    setPerson(null);
    setError(null);
    const variables = { input: { userId: person.id } };
    try {
      await (person.active ? deactivate({ variables }) : reactivate({ variables }));
    } catch (failure) {
      setError(failure);
    }
  }

  const action = person?.active ? 'deactivate' : 'reactivate';
  const dialog = (
    <ConfirmDialog
      open={person !== null}
      title={t(`people.${action}.confirmTitle`, { name: person?.name ?? '' })}
      confirmLabel={t(`people.${action}.button`)}
      cancelLabel={t('people.cancel')}
      destructive={action === 'deactivate'}
      onConfirm={() => void confirm()}
      onCancel={() => setPerson(null)}
    >
      {t(`people.${action}.confirmText`, { name: person?.name ?? '', email: person?.email ?? '' })}
    </ConfirmDialog>
  );
  return { ask: setPerson, dialog, error: deactivation.loading || reactivation.loading ? null : error };
}
