import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import type { RcaBoardQuery } from '../../gql/graphql';
import { localDay } from '../../lib/format';
import { useAddActionItem } from './escalation-mutations';
import forms from '../../components/form.module.css';

/** A new action item of an escalation: what, who, by when (a week from today unless changed). */
export function ActionItemForm({
  escalationId,
  board,
  onDone,
}: {
  escalationId: string;
  board: RcaBoardQuery;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [ownerId, setOwnerId] = useState(board.me.id);
  const [dueDate, setDueDate] = useState(() => localDay(new Date(Date.now() + 7 * 86_400_000)));
  const [add, adding] = useAddActionItem();
  const users = board.users.edges.map((edge) => edge.node).filter((user) => user.active);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!title.trim() || !ownerId || !dueDate) return;
    try {
      await add({ variables: { input: { escalationId, title: title.trim(), ownerId, dueDate } } });
      onDone();
    } catch {
      // Shown from `adding.error`.
    }
  }

  return (
    <form className={forms.form} onSubmit={(event) => void submit(event)}>
      <label className={forms.field}>
        {t('audits.rca.itemTitle')}
        <input className="input" value={title} required onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label className={forms.field}>
        {t('audits.rca.itemOwner')}
        <select className="select" value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
          {users.map((user) => (
            <option key={user.id} value={user.id}>
              {user.name} ({t(`roles.${user.role}`)})
            </option>
          ))}
        </select>
      </label>
      <label className={forms.field}>
        {t('audits.rca.itemDue')}
        <input type="date" className="input" value={dueDate} required onChange={(e) => setDueDate(e.target.value)} />
      </label>
      {adding.error ? <ErrorAlert error={adding.error} title={t('audits.rca.actionFailed')} /> : null}
      <div className={forms.actions}>
        <button type="submit" className="button button-primary" disabled={adding.loading || !title.trim()}>
          {t('audits.rca.addItem')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('audits.plans.cancel')}
        </button>
      </div>
    </form>
  );
}
