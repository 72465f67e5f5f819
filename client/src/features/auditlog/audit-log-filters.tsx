import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, badPeriod, EMPTY_FORM, type AuditLogForm } from './audit-log-filter';
import forms from '../../components/form.module.css';
import styles from './audit-log.module.css';

/** Action, actor, a search in what was acted on, and a period of days; applied together. */
export function AuditLogFilters({
  value,
  actors,
  onApply,
}: {
  value: AuditLogForm;
  actors: readonly { id: string; name: string; email: string }[];
  onApply: (form: AuditLogForm) => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState(value);
  const set = <K extends keyof AuditLogForm>(key: K, next: AuditLogForm[K]) => setForm((f) => ({ ...f, [key]: next }));
  const wrongPeriod = badPeriod(form);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!wrongPeriod) onApply(form);
  }

  return (
    <form
      className={`${forms.form} ${styles.filters}`}
      role="search"
      aria-label={t('auditLog.filters.label')}
      onSubmit={submit}
      noValidate
    >
      <div className={forms.formRow}>
        <label className={forms.field}>
          {t('auditLog.fields.action')}
          <select className="select" name="action" value={form.action} onChange={(e) => set('action', e.target.value)}>
            <option value="">{t('auditLog.filters.allActions')}</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {t(`auditLog.actions.${action}`)}
              </option>
            ))}
          </select>
        </label>
        <label className={forms.field}>
          {t('auditLog.fields.actor')}
          <select className="select" name="actor" value={form.actorId} onChange={(e) => set('actorId', e.target.value)}>
            <option value="">{t('auditLog.filters.anyone')}</option>
            {actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name} · {actor.email}
              </option>
            ))}
          </select>
        </label>
        <label className={forms.field}>
          {t('auditLog.filters.search')}
          <input
            className="input"
            name="search"
            type="search"
            value={form.search}
            placeholder={t('auditLog.filters.searchHint')}
            onChange={(e) => set('search', e.target.value)}
          />
        </label>
        <label className={forms.field}>
          {t('auditLog.filters.from')}
          <input
            className="input"
            name="from"
            type="date"
            value={form.from}
            onChange={(e) => set('from', e.target.value)}
          />
        </label>
        <label className={forms.field}>
          {t('auditLog.filters.to')}
          <input
            className="input"
            name="to"
            type="date"
            value={form.to}
            onChange={(e) => set('to', e.target.value)}
            aria-invalid={wrongPeriod ? true : undefined}
          />
        </label>
      </div>
      {wrongPeriod ? (
        <p className={forms.hint} role="alert">
          {t('errors.auditlog.BAD_PERIOD')}
        </p>
      ) : null}
      <div className={forms.actions}>
        <button type="submit" className="button button-primary" disabled={wrongPeriod}>
          {t('auditLog.filters.apply')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setForm(EMPTY_FORM);
            onApply(EMPTY_FORM);
          }}
        >
          {t('auditLog.filters.clear')}
        </button>
      </div>
    </form>
  );
}
