import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/card';
import { ErrorAlert } from '../../components/error-alert';
import type { ErrorCategory, RcaBoardQuery, RootCause } from '../../gql/graphql';
import { ERROR_CATEGORIES } from '../../lib/error-categories';
import { useCreateEscalation } from './escalation-mutations';
import forms from '../../components/form.module.css';
import styles from './rca.module.css';

const ROOT_CAUSES: readonly RootCause[] = ['POLICY_AMBIGUITY', 'TRAINING_GAP', 'TOOLING', 'MARKET_CONTEXT', 'PROCESS'];

/** Files an escalation: its root cause and scope, prefilled from an error trend when it came from one. */
export function NewEscalationForm({
  board,
  preset,
  onDone,
}: {
  board: RcaBoardQuery;
  preset: { errorCategory: ErrorCategory | ''; marketId: string; fromTrend: boolean };
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [rootCause, setRootCause] = useState<RootCause>('POLICY_AMBIGUITY');
  const [errorCategory, setErrorCategory] = useState<ErrorCategory | ''>(
    ERROR_CATEGORIES.includes(preset.errorCategory as ErrorCategory) ? preset.errorCategory : '',
  );
  const [marketId, setMarketId] = useState(preset.marketId);
  const [queue, setQueue] = useState('');
  const [policyId, setPolicyId] = useState('');
  const [teamId, setTeamId] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [create, creation] = useCreateEscalation();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const bad = title.trim().length < 3;
    setInvalid(bad);
    if (bad) return;
    try {
      await create({
        variables: {
          input: {
            title: title.trim(),
            description: description.trim(),
            rootCause,
            // Filed from a trend keeps the trend's figures; that needs an error category.
            origin: preset.fromTrend && errorCategory ? 'ERROR_TREND' : 'MANUAL',
            ...(errorCategory ? { errorCategory } : {}),
            scope: {
              ...(marketId ? { marketId } : {}),
              ...(queue ? { queue } : {}),
              ...(policyId ? { policyId } : {}),
              ...(teamId ? { teamId } : {}),
            },
          },
        },
      });
      onDone();
    } catch {
      // Shown from `creation.error`.
    }
  }

  return (
    <Card title={preset.fromTrend ? t('audits.rca.newFromTrend') : t('audits.rca.new')} titleId={`${id}-title`}>
      <form className={forms.form} onSubmit={(event) => void submit(event)} noValidate>
        <label className={forms.field}>
          {t('audits.rca.fields.title')}
          <input
            className="input"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            aria-invalid={invalid}
            aria-describedby={invalid ? `${id}-error` : undefined}
          />
          {invalid ? (
            <span id={`${id}-error`} className={styles.incorrect} role="alert">
              {t('audits.rca.errors.title')}
            </span>
          ) : null}
        </label>
        <div className={forms.formRow}>
          <label className={forms.field}>
            {t('audits.rca.fields.rootCause')}
            <select className="select" value={rootCause} onChange={(e) => setRootCause(e.target.value as RootCause)}>
              {ROOT_CAUSES.map((cause) => (
                <option key={cause} value={cause}>
                  {t(`audits.rca.rootCause.${cause}`)}
                </option>
              ))}
            </select>
          </label>
          <label className={forms.field}>
            {t('audits.form.category')}
            <select
              className="select"
              value={errorCategory}
              onChange={(e) => setErrorCategory(e.target.value as ErrorCategory | '')}
            >
              <option value="">{t('audits.rca.allErrors')}</option>
              {ERROR_CATEGORIES.map((category) => (
                <option key={category} value={category}>
                  {t(`audits.errorCategory.${category}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <fieldset className={forms.fieldset}>
          <legend>{t('audits.rca.fields.scope')}</legend>
          <div className={forms.formRow}>
            <label className={forms.field}>
              {t('audits.fields.market')}
              <select className="select" value={marketId} onChange={(e) => setMarketId(e.target.value)}>
                <option value="">{t('audits.rca.any')}</option>
                {board.markets.map((market) => (
                  <option key={market.id} value={market.id}>
                    {market.code}
                  </option>
                ))}
              </select>
            </label>
            <label className={forms.field}>
              {t('audits.fields.queue')}
              <select className="select" value={queue} onChange={(e) => setQueue(e.target.value)}>
                <option value="">{t('audits.rca.any')}</option>
                {board.caseQueues.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
            <label className={forms.field}>
              {t('audits.quality.dimension.POLICY')}
              <select className="select" value={policyId} onChange={(e) => setPolicyId(e.target.value)}>
                <option value="">{t('audits.rca.any')}</option>
                {board.policies.map((policy) => (
                  <option key={policy.id} value={policy.id}>
                    {policy.title}
                  </option>
                ))}
              </select>
            </label>
            <label className={forms.field}>
              {t('audits.quality.dimension.TEAM')}
              <select className="select" value={teamId} onChange={(e) => setTeamId(e.target.value)}>
                <option value="">{t('audits.rca.any')}</option>
                {board.teams.map((team) => (
                  <option key={team.id} value={team.id}>
                    {team.name}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </fieldset>
        <label className={forms.field}>
          {t('audits.rca.fields.description')}
          <textarea className="input" value={description} onChange={(e) => setDescription(e.target.value)} />
        </label>
        {creation.error ? <ErrorAlert error={creation.error} title={t('audits.rca.createFailed')} /> : null}
        <div className={forms.actions}>
          <button type="submit" className="button button-primary" disabled={creation.loading}>
            {t('audits.rca.create')}
          </button>
          <button type="button" className="button button-secondary" onClick={onDone}>
            {t('audits.plans.cancel')}
          </button>
        </div>
      </form>
    </Card>
  );
}
