import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/card';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { MarketCode } from '../../components/market-code';
import { marketDisplayName } from '../../components/market-name';
import { TextField } from '../../components/text-field';
import { graphql } from '../../gql';
import { useScheduleBriefing } from './briefing-mutations';
import styles from './briefing-list.module.css';
import shared from './briefings.module.css';

export const ScheduleBriefingOptionsQuery = graphql(`
  query ScheduleBriefingOptions {
    policies {
      id
      title
      versions {
        id
        number
        status
      }
    }
    markets {
      id
      code
      name
    }
  }
`);

/** The next full hour, as a `datetime-local` value in the browser's time zone. */
function nextHour(now = new Date()): string {
  const date = new Date(now);
  date.setMinutes(0, 0, 0);
  date.setHours(date.getHours() + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

type Errors = Partial<Record<'title' | 'version' | 'scheduledAt' | 'markets', string>>;

/** A policy owner schedules a briefing of a published version for some markets. */
export function ScheduleForm({ onCancel, onScheduled }: { onCancel: () => void; onScheduled: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const options = useQuery(ScheduleBriefingOptionsQuery);
  const [schedule, { loading, error }] = useScheduleBriefing();
  const [title, setTitle] = useState('');
  const [versionId, setVersionId] = useState('');
  const [scheduledAt, setScheduledAt] = useState(nextHour);
  const [marketIds, setMarketIds] = useState<ReadonlySet<string>>(new Set());
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  const versions = (options.data?.policies ?? []).flatMap((policy) =>
    policy.versions
      .filter((version) => version.status === 'PUBLISHED')
      .map((version) => ({
        id: version.id,
        label: t('briefings.common.policyVersion', { policy: policy.title, number: version.number }),
      })),
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Errors = {};
    if (title.trim().length < 3) found.title = t('briefings.schedule.titleRequired');
    if (!versionId) found.version = t('briefings.schedule.versionRequired');
    if (!scheduledAt || Number.isNaN(Date.parse(scheduledAt))) found.scheduledAt = t('briefings.schedule.timeRequired');
    if (marketIds.size === 0) found.markets = t('briefings.schedule.marketsRequired');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const result = await schedule({
      variables: {
        input: {
          title: title.trim(),
          policyVersionId: versionId,
          marketIds: [...marketIds],
          scheduledAt: new Date(scheduledAt).toISOString(),
          notes,
        },
      },
    }).catch(() => null);
    const id = result?.data?.scheduleBriefing.briefing.id;
    if (id) onScheduled(id);
  }

  if (options.loading && !options.data) return <LoadingState label={t('briefings.schedule.loading')} />;
  if (options.error && !options.data)
    return <ErrorAlert error={options.error} title={t('briefings.schedule.loadFailed')} />;

  return (
    <Card title={t('briefings.schedule.title')} titleId="schedule-title" onSubmit={(event) => void submit(event)}>
      <TextField
        label={t('briefings.schedule.name')}
        value={title}
        maxLength={200}
        onChange={(event) => setTitle(event.target.value)}
        error={errors.title ?? null}
      />
      <div className={styles.filters}>
        <label>
          {t('briefings.schedule.version')}
          <select
            className={shared.select}
            value={versionId}
            aria-invalid={errors.version ? true : undefined}
            onChange={(event) => setVersionId(event.target.value)}
          >
            <option value="">{t('briefings.schedule.chooseVersion')}</option>
            {versions.map((version) => (
              <option key={version.id} value={version.id}>
                {version.label}
              </option>
            ))}
          </select>
        </label>
        <TextField
          label={t('briefings.schedule.when')}
          type="datetime-local"
          value={scheduledAt}
          onChange={(event) => setScheduledAt(event.target.value)}
          error={errors.scheduledAt ?? null}
        />
      </div>
      {errors.version ? <p className={shared.fieldError}>{errors.version}</p> : null}
      <fieldset className={styles.fieldset}>
        <legend>{t('briefings.common.audience')}</legend>
        <div className={shared.actions}>
          {(options.data?.markets ?? []).map((market) => (
            <label key={market.id} className={shared.check}>
              <input
                type="checkbox"
                checked={marketIds.has(market.id)}
                onChange={(event) => {
                  const next = new Set(marketIds);
                  if (event.target.checked) next.add(market.id);
                  else next.delete(market.id);
                  setMarketIds(next);
                }}
              />
              {marketDisplayName(market.code, market.name, i18n.language)} <MarketCode code={market.code} />
            </label>
          ))}
        </div>
        {errors.markets ? <p className={shared.fieldError}>{errors.markets}</p> : null}
      </fieldset>
      <label className={shared.inlineForm}>
        <span className={shared.small}>{t('briefings.schedule.notes')}</span>
        <textarea className={shared.textarea} value={notes} onChange={(event) => setNotes(event.target.value)} />
      </label>
      {error ? <ErrorAlert error={error} title={t('briefings.schedule.failed')} /> : null}
      <div className={shared.actions}>
        <button type="submit" className="button button-primary" disabled={loading}>
          {t('briefings.schedule.submit')}
        </button>
        <button type="button" className="button button-ghost" onClick={onCancel}>
          {t('briefings.common.cancel')}
        </button>
      </div>
    </Card>
  );
}
