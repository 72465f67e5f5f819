import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog';
import type { PersonRow_UserFragment } from '../../gql/graphql';
import { useRevokeInvitation } from './people-mutations';

/**
 * Revoking a pending invitation, asked first in a dialog: `ask(person, invitationId)` opens it,
 * `dialog` is the element to render, `error` the server's refusal (already accepted, say).
 */
export function useRevokeConfirm(): {
  ask: (person: PersonRow_UserFragment, invitationId: string) => void;
  dialog: ReactNode;
  error: unknown;
} {
  const { t } = useTranslation();
  const [asked, setAsked] = useState<{ person: PersonRow_UserFragment; invitationId: string } | null>(null);
  const [revoke] = useRevokeInvitation();
  const [error, setError] = useState<unknown>(null);

  async function confirm() {
    if (!asked) return;
    setAsked(null);
    setError(null);
    try {
      await revoke({ variables: { input: { invitationId: asked.invitationId } } });
    } catch (failure) {
      setError(failure);
    }
  }

  const values = { name: asked?.person.name ?? '', email: asked?.person.email ?? '' };
  const dialog = (
    <ConfirmDialog
      open={asked !== null}
      title={t('people.revoke.confirmTitle', values)}
      confirmLabel={t('people.revoke.button')}
      cancelLabel={t('people.cancel')}
      destructive
      onConfirm={() => void confirm()}
      onCancel={() => setAsked(null)}
    >
      {t('people.revoke.confirmText', values)}
    </ConfirmDialog>
  );
  return { ask: (person, invitationId) => setAsked({ person, invitationId }), dialog, error };
}
