import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import type { QuestionCard_QuestionFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { AuthorLine } from './author-line';
import { useSetOfficialAnswer, useSetReplyHidden } from './briefing-mutations';
import { ReasonInput, useReason } from './reason-input';
import shared from './briefings.module.css';
import styles from './questions.module.css';

type Reply = QuestionCard_QuestionFragment['replies'][number];

export function ReplyItem({
  reply,
  questionId,
  canMarkOfficial,
  canHide,
}: {
  reply: Reply;
  questionId: string;
  canMarkOfficial: boolean;
  /** The presenter hides a reply (abusive or off-topic) from attendees, or shows it again. */
  canHide: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [mark, marking] = useSetOfficialAnswer();
  const [setHidden, hiding] = useSetReplyHidden();
  const [hideOpen, setHideOpen] = useState(false);
  return (
    <li
      className={`${styles.reply} ${reply.official ? styles.official : ''} ${reply.hidden ? styles.hiddenReply : ''}`}
      data-testid="reply"
      data-official={reply.official}
      data-hidden={reply.hidden}
    >
      {reply.official ? <span className={styles.officialTag}>{t('briefings.reply.official')}</span> : null}
      {reply.hidden ? (
        <p className={styles.reason}>
          {reply.mine && !canHide ? t('briefings.reply.hiddenFromYou') : t('briefings.reply.hiddenFromAttendees')}{' '}
          <span className={styles.plainText}>{reply.hiddenReason}</span>
        </p>
      ) : null}
      <p className={styles.plainText}>{reply.text}</p>
      <p className={styles.byline}>
        <span>
          <AuthorLine author={reply.author} market={reply.authorMarket} />
        </span>
        {reply.byPresenter ? <span>{t('briefings.reply.presenter')}</span> : null}
        <span>{formatDateTime(reply.createdAt, i18n.language)}</span>
      </p>
      {canMarkOfficial || canHide ? (
        <div className={shared.actions}>
          {canMarkOfficial ? (
            <button
              type="button"
              className="button button-ghost"
              disabled={marking.loading}
              onClick={() =>
                void mark({ variables: { input: { questionId, replyId: reply.id } } }).catch(() => undefined)
              }
            >
              {t('briefings.reply.markOfficial')}
            </button>
          ) : null}
          {canHide && reply.hidden ? (
            <button
              type="button"
              className="button button-ghost"
              disabled={hiding.loading}
              onClick={() =>
                void setHidden({ variables: { input: { replyId: reply.id, hidden: false } } }).catch(() => undefined)
              }
            >
              {t('briefings.reply.show')}
            </button>
          ) : null}
          {canHide && !reply.hidden ? (
            <button
              type="button"
              className="button button-ghost"
              aria-expanded={hideOpen}
              onClick={() => setHideOpen(!hideOpen)}
            >
              {t('briefings.reply.hide')}
            </button>
          ) : null}
        </div>
      ) : null}
      {hideOpen && !reply.hidden ? <HideReplyForm replyId={reply.id} onDone={() => setHideOpen(false)} /> : null}
      {marking.error ? <ErrorAlert error={marking.error} title={t('briefings.reply.markFailed')} /> : null}
      {hiding.error ? <ErrorAlert error={hiding.error} title={t('briefings.moderate.failed')} /> : null}
    </li>
  );
}

function HideReplyForm({ replyId, onDone }: { replyId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const field = useReason();
  const [setHidden, { loading, error }] = useSetReplyHidden();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!field.check()) return;
    const input = { replyId, hidden: true, reason: field.reason };
    const done = await setHidden({ variables: { input } }).catch(() => null);
    if (done?.data) onDone();
  }

  return (
    <form className={shared.inlineForm} onSubmit={(event) => void submit(event)} noValidate>
      <ReasonInput field={field} label={t('briefings.reply.hideReason')} />
      <div className={shared.actions}>
        <button type="button" className="button button-ghost" onClick={onDone}>
          {t('briefings.common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={loading}>
          {t('briefings.reply.confirmHide')}
        </button>
      </div>
      {error ? <ErrorAlert error={error} title={t('briefings.moderate.failed')} /> : null}
    </form>
  );
}
