import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/card';
import { ErrorAlert } from '../../components/error-alert';
import type { SamplingPlansQuery } from '../../gql/graphql';
import { useCreateSamplingPlan } from './audit-mutations';
import { planErrors, rateFromPercent, type PlanErrors, type PlanForm } from './plan-input';
import forms from '../../components/form.module.css';
import styles from './audits.module.css';

const randomSeed = () => String(Math.floor(Math.random() * 1_000_000));

/** A new sampling plan: its scope (a market, team, moderator or queue), its rate or daily count, and its seed. */
export function NewPlanForm({ options, onDone }: { options: SamplingPlansQuery; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [form, setForm] = useState<PlanForm>(() => ({
    name: '',
    scope: 'MARKET',
    scopeValue: '',
    mode: 'RATE',
    amount: '5',
    stratifyByDecision: false,
    seed: randomSeed(),
  }));
  const [errors, setErrors] = useState<PlanErrors>({});
  const [create, creation] = useCreateSamplingPlan();
  const set = <K extends keyof PlanForm>(key: K, value: PlanForm[K]) => setForm((f) => ({ ...f, [key]: value }));

  const scopeOptions: { value: string; label: string }[] =
    form.scope === 'QUEUE'
      ? options.caseQueues.map((q) => ({ value: q, label: q }))
      : form.scope === 'MARKET'
        ? options.markets.map((m) => ({ value: m.id, label: `${m.code} · ${m.name}` }))
        : form.scope === 'TEAM'
          ? options.teams.map((team) => ({ value: team.id, label: team.name }))
          : options.users.edges.map(({ node }) => ({ value: node.id, label: node.name }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = planErrors(form);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const scope =
      form.scope === 'QUEUE'
        ? { queue: form.scopeValue }
        : form.scope === 'MARKET'
          ? { marketId: form.scopeValue }
          : form.scope === 'TEAM'
            ? { teamId: form.scopeValue }
            : { moderatorId: form.scopeValue };
    try {
      await create({
        variables: {
          input: {
            name: form.name.trim(),
            ...scope,
            ...(form.mode === 'RATE' ? { rate: rateFromPercent(form.amount) } : { countPerDay: Number(form.amount) }),
            stratifyByDecision: form.stratifyByDecision,
            seed: Number(form.seed),
          },
        },
      });
      onDone();
    } catch {
      // Shown from `creation.error`.
    }
  }

  const message = (key: keyof PlanErrors) =>
    errors[key] ? (
      <span id={`${id}-${key}`} className={styles.incorrect} role="alert">
        {t(`audits.plans.errors.${key}.${errors[key]}`)}
      </span>
    ) : null;

  return (
    <Card title={t('audits.plans.new')} titleId={`${id}-title`}>
      <form className={forms.form} onSubmit={(event) => void submit(event)} noValidate>
        <label className={forms.field}>
          {t('audits.plans.name')}
          <input
            className="input"
            value={form.name}
            onChange={(e) => set('name', e.target.value)}
            aria-invalid={Boolean(errors.name)}
            aria-describedby={errors.name ? `${id}-name` : undefined}
          />
          {message('name')}
        </label>
        <div className={forms.formRow}>
          <label className={forms.field}>
            {t('audits.plans.scopeKind')}
            <select
              className="select"
              value={form.scope}
              onChange={(e) => setForm((f) => ({ ...f, scope: e.target.value as PlanForm['scope'], scopeValue: '' }))}
            >
              {(['QUEUE', 'MARKET', 'TEAM', 'MODERATOR'] as const).map((scope) => (
                <option key={scope} value={scope}>
                  {t(`audits.plans.scopeKinds.${scope}`)}
                </option>
              ))}
            </select>
          </label>
          <label className={forms.field}>
            {t(`audits.plans.scopeKinds.${form.scope}`)}
            <select
              className="select"
              value={form.scopeValue}
              onChange={(e) => set('scopeValue', e.target.value)}
              aria-invalid={Boolean(errors.scopeValue)}
              aria-describedby={errors.scopeValue ? `${id}-scopeValue` : undefined}
            >
              <option value="">{t('audits.form.choose')}</option>
              {scopeOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
            {message('scopeValue')}
          </label>
        </div>
        <div className={forms.formRow}>
          <label className={forms.field}>
            {t('audits.plans.mode')}
            <select
              className="select"
              value={form.mode}
              onChange={(e) => set('mode', e.target.value as PlanForm['mode'])}
            >
              <option value="RATE">{t('audits.plans.modes.RATE')}</option>
              <option value="COUNT">{t('audits.plans.modes.COUNT')}</option>
            </select>
          </label>
          <label className={forms.field}>
            {form.mode === 'RATE' ? t('audits.plans.ratePercent') : t('audits.plans.countPerDay')}
            <input
              className="input"
              inputMode="decimal"
              value={form.amount}
              onChange={(e) => set('amount', e.target.value)}
              aria-invalid={Boolean(errors.amount)}
              aria-describedby={errors.amount ? `${id}-amount` : undefined}
            />
            {message('amount')}
          </label>
          <label className={forms.field}>
            {t('audits.plans.seed')}
            <input
              className="input"
              inputMode="numeric"
              value={form.seed}
              onChange={(e) => set('seed', e.target.value)}
              aria-invalid={Boolean(errors.seed)}
              aria-describedby={errors.seed ? `${id}-seed` : undefined}
            />
            {message('seed')}
          </label>
        </div>
        <label className={forms.choice} style={{ justifySelf: 'start' }}>
          <input
            type="checkbox"
            checked={form.stratifyByDecision}
            onChange={(e) => set('stratifyByDecision', e.target.checked)}
          />
          {t('audits.plans.stratifyByDecision')}
        </label>
        <p className={forms.hint}>{t('audits.plans.seedHint')}</p>
        {creation.error ? <ErrorAlert error={creation.error} title={t('audits.plans.createFailed')} /> : null}
        <div className={forms.actions}>
          <button type="submit" className="button button-primary" disabled={creation.loading}>
            {t('audits.plans.create')}
          </button>
          <button type="button" className="button button-secondary" onClick={onDone}>
            {t('audits.plans.cancel')}
          </button>
        </div>
      </form>
    </Card>
  );
}
