import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/card';
import { isTimeZone, TimeZoneInput } from '../../components/time-zone-input';
import type { MarketRow_MarketFragment } from '../../gql/graphql';
import { isLanguageTag } from '../../lib/language-tags';
import { FieldHint, fieldProblem, OrgError } from './org-error';
import { useCreateMarket, useUpdateMarket } from './org-mutations';
import forms from '../../components/form.module.css';
import styles from './org.module.css';

type MarketFields = { code: string; name: string; language: string; timeZone: string };
type MarketProblems = Partial<Record<keyof MarketFields, true>>;

/** What the form can tell before asking: a BCP 47 code, a name, a language tag if any, a known time zone. */
export function marketProblems(fields: MarketFields): MarketProblems {
  const problems: MarketProblems = {};
  if (!isLanguageTag(fields.code.trim())) problems.code = true;
  if (!fields.name.trim()) problems.name = true;
  if (fields.language.trim() && !isLanguageTag(fields.language.trim())) problems.language = true;
  if (!isTimeZone(fields.timeZone.trim())) problems.timeZone = true;
  return problems;
}

/**
 * Adds a market (code, name, language, time zone) or, given one, changes it: its code stays,
 * and only what changed is sent.
 */
export function MarketForm({ market, onClose }: { market?: MarketRow_MarketFragment; onClose: () => void }) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<MarketFields>({
    code: market?.code ?? '',
    name: market?.name ?? '',
    language: market?.language ?? '',
    timeZone: market?.timeZone ?? '',
  });
  const [problems, setProblems] = useState<MarketProblems>({});
  const [create, creating] = useCreateMarket();
  const [update, updating] = useUpdateMarket();
  const state = market ? updating : creating;
  const set = (key: keyof MarketFields, value: string) => setFields((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = marketProblems(market ? { ...fields, code: market.code } : fields);
    setProblems(found);
    if (Object.keys(found).length > 0 || state.loading) return;
    const name = fields.name.trim();
    const language = fields.language.trim();
    const timeZone = fields.timeZone.trim();
    try {
      if (market) {
        await update({
          variables: {
            input: {
              marketId: market.id,
              ...(name !== market.name ? { name } : {}),
              ...(language && language !== market.language ? { language } : {}),
              ...(timeZone !== market.timeZone ? { timeZone } : {}),
            },
          },
        });
      } else {
        await create({
          variables: { input: { code: fields.code.trim(), name, timeZone, ...(language ? { language } : {}) } },
        });
      }
      onClose();
    } catch {
      // Shown from `state.error`.
    }
  }

  const problem = (field: keyof MarketFields) =>
    fieldProblem(field, state.error, Boolean(problems[field]), t(`org.problems.${field}`));
  const input = (field: keyof MarketFields, extra: { spellCheck?: boolean; placeholder?: string } = {}) => (
    <input
      className="input"
      name={field}
      autoComplete="off"
      {...extra}
      value={fields[field]}
      onChange={(event) => set(field, event.target.value)}
      aria-invalid={problem(field) ? true : undefined}
    />
  );

  return (
    <Card
      title={market ? t('org.markets.editTitle', { code: market.code }) : t('org.markets.addTitle')}
      onSubmit={(event) => void submit(event)}
      testId="market-form"
    >
      <div className={forms.form}>
        <div className={`${forms.formRow} ${styles.alignTop}`}>
          {market ? null : (
            <label className={forms.field}>
              {t('org.markets.code')}
              {input('code', { spellCheck: false, placeholder: 'it-IT' })}
              <FieldHint problem={problem('code')} />
            </label>
          )}
          <label className={forms.field}>
            {t('org.markets.name')}
            {input('name')}
            <FieldHint problem={problem('name')} />
          </label>
          <label className={forms.field}>
            {t('org.markets.language')}
            {input('language', { spellCheck: false, placeholder: 'it' })}
            <FieldHint problem={problem('language') ?? t('org.markets.languageHint')} />
          </label>
          <label className={forms.field}>
            {t('org.markets.timeZone')}
            <TimeZoneInput
              name="timeZone"
              placeholder="Europe/Rome"
              value={fields.timeZone}
              onChange={(value) => set('timeZone', value)}
              aria-invalid={problem('timeZone') ? true : undefined}
            />
            <FieldHint problem={problem('timeZone') ?? t('org.markets.timeZoneHint')} />
          </label>
        </div>
        <OrgError error={state.error} title={t('org.markets.failed')} />
        <div className={forms.actions}>
          <button type="submit" className="button button-primary" disabled={state.loading}>
            {market ? t('org.save') : t('org.markets.add')}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('org.cancel')}
          </button>
        </div>
      </div>
    </Card>
  );
}
