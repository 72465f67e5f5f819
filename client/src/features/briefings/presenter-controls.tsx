import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { useCloseBriefingThread, useEndBriefing, useStartBriefing } from './briefing-mutations';
import type { RoomBriefing } from './room-briefing';

/** Start, end, close the thread: each once, in that order; the last two are asked twice. */
export function PresenterControls({ briefing }: { briefing: RoomBriefing }) {
  const { t } = useTranslation();
  const [confirm, setConfirm] = useState<'end' | 'close' | null>(null);
  const [start, starting] = useStartBriefing();
  const [end, ending] = useEndBriefing();
  const [close, closing] = useCloseBriefingThread();
  const input = { briefingId: briefing.id };
  const failure = starting.error ?? ending.error ?? closing.error;
  return (
    <>
      {briefing.status === 'SCHEDULED' ? (
        <button
          type="button"
          className="button button-primary"
          disabled={starting.loading}
          onClick={() => void start({ variables: { input } }).catch(() => undefined)}
        >
          {t('briefings.room.start')}
        </button>
      ) : null}
      {briefing.status === 'LIVE' ? (
        <button
          type="button"
          className="button button-secondary"
          disabled={ending.loading}
          onClick={() => setConfirm('end')}
        >
          {t('briefings.room.end')}
        </button>
      ) : null}
      {briefing.status === 'ENDED' && !briefing.threadClosed ? (
        <button
          type="button"
          className="button button-secondary"
          disabled={closing.loading}
          onClick={() => setConfirm('close')}
        >
          {t('briefings.room.closeThread')}
        </button>
      ) : null}
      {failure ? <ErrorAlert error={failure} title={t('briefings.room.actionFailed')} /> : null}
      <ConfirmDialog
        open={confirm === 'end'}
        title={t('briefings.room.endConfirmTitle')}
        confirmLabel={t('briefings.room.end')}
        cancelLabel={t('briefings.common.cancel')}
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          setConfirm(null);
          void end({ variables: { input } }).catch(() => undefined);
        }}
      >
        <p>{t('briefings.room.endConfirmText')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'close'}
        title={t('briefings.room.closeConfirmTitle')}
        confirmLabel={t('briefings.room.closeThread')}
        cancelLabel={t('briefings.common.cancel')}
        destructive
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          setConfirm(null);
          void close({ variables: { input } }).catch(() => undefined);
        }}
      >
        <p>{t('briefings.room.closeConfirmText')}</p>
      </ConfirmDialog>
    </>
  );
}
