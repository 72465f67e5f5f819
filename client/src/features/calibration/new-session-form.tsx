import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/error-message';
import { Alert } from '../../components/alert';
import { LoadingState } from '../../components/loading-state';
import { marketDisplayName } from '../../components/market-name';
import { TextField } from '../../components/text-field';
import { graphql } from '../../gql';
import type { SamplingRule, SessionMode } from '../../gql/graphql';
import shared from './calibration.module.css';
import styles from './new-session-form.module.css';

export const NewSessionOptionsQuery = graphql(`
  query NewCalibrationSessionOptions {
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
    users(page: { first: 200 }) {
      edges {
        node {
          id
          name
          role
          active
          market {
            id
            code
          }
        }
      }
    }
    caseQueues
  }
`);

export const NewSessionCasesQuery = graphql(`
  query NewCalibrationSessionCases($filter: CasesFilter) {
    cases(filter: $filter, page: { first: 100 }) {
      totalCount
      edges {
        node {
          id
          externalId
          text
          contentType
          queue
          decision
          market {
            id
            code
          }
        }
      }
    }
  }
`);

export const CreateSessionMutation = graphql(`
  mutation CreateCalibrationSession($input: CreateCalibrationSessionInput!) {
    createCalibrationSession(input: $input) {
      id
      title
      status
    }
  }
`);

const RULES: readonly SamplingRule[] = [
  'RANDOM',
  'STRATIFIED_BY_MARKET',
  'STRATIFIED_BY_DECISION',
  'STRATIFIED_BY_QUEUE',
];
const MAX_SEED = 2 ** 31 - 1;

/** The next full hour, as a `datetime-local` value in the browser's time zone. */
function nextHour(now = new Date()): string {
  const date = new Date(now);
  date.setMinutes(0, 0, 0);
  date.setHours(date.getHours() + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const randomSeed = () => Math.floor(Math.random() * 1_000_000);

type Errors = Partial<
  Record<'title' | 'version' | 'scheduledAt' | 'markets' | 'participants' | 'size' | 'seed' | 'cases', string>
>;

const toggle = <T,>(set: ReadonlySet<T>, value: T, on: boolean): Set<T> => {
  const next = new Set(set);
  if (on) next.add(value);
  else next.delete(value);
  return next;
};

/**
 * A new session: what to calibrate against (a published policy version), how (blind or
 * open), when, with whom (markets, then people from them), and on which cases (a seeded
 * sample or a hand-picked list). The server checks everything again.
 */
export function NewSessionForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const formId = useId();
  const options = useQuery(NewSessionOptionsQuery);
  const [title, setTitle] = useState('');
  const [versionId, setVersionId] = useState('');
  const [mode, setMode] = useState<SessionMode>('BLIND');
  const [scheduledAt, setScheduledAt] = useState(() => nextHour());
  const [marketIds, setMarketIds] = useState<ReadonlySet<string>>(new Set());
  const [participantIds, setParticipantIds] = useState<ReadonlySet<string>>(new Set());
  const [itemSource, setItemSource] = useState<'SAMPLE' | 'HAND'>('SAMPLE');
  const [rule, setRule] = useState<SamplingRule>('RANDOM');
  const [size, setSize] = useState('5');
  const [seed, setSeed] = useState(() => String(randomSeed()));
  const [queues, setQueues] = useState<ReadonlySet<string>>(new Set());
  const [caseIds, setCaseIds] = useState<readonly string[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const cases = useQuery(NewSessionCasesQuery, {
    variables: { filter: { policyVersionId: versionId } },
    skip: itemSource !== 'HAND' || !versionId,
  });
  const [create, creation] = useMutation(CreateSessionMutation);

  const data = options.data;
  const versions = (data?.policies ?? []).flatMap((policy) =>
    policy.versions
      .filter((version) => version.status === 'PUBLISHED')
      .map((version) => ({
        id: version.id,
        label: t('calibration.common.policyVersion', { policy: policy.title, number: version.number }),
      })),
  );
  const markets = data?.markets ?? [];
  const users = (data?.users.edges ?? []).map((edge) => edge.node).filter((user) => user.active);
  const chosenParticipants = users.filter((user) => participantIds.has(user.id) && marketIds.has(user.market.id));
  const candidateCases = (cases.data?.cases.edges ?? [])
    .map((edge) => edge.node)
    .filter((node) => marketIds.has(node.market.id));
  const chosenCases = caseIds.filter((id) => candidateCases.some((c) => c.id === id));

  function validate(): Errors {
    const found: Errors = {};
    const trimmed = title.trim();
    if (trimmed.length < 3 || trimmed.length > 200) found.title = t('calibration.create.errors.title');
    if (!versionId) found.version = t('calibration.create.errors.version');
    if (!scheduledAt || Number.isNaN(new Date(scheduledAt).getTime()))
      found.scheduledAt = t('calibration.create.errors.scheduledAt');
    if (marketIds.size === 0) found.markets = t('calibration.create.errors.markets');
    if (chosenParticipants.length < 2) found.participants = t('calibration.create.errors.participants');
    if (itemSource === 'SAMPLE') {
      const n = Number(size);
      if (!Number.isInteger(n) || n < 1 || n > 200) found.size = t('calibration.create.errors.size');
      const s = Number(seed);
      if (!Number.isInteger(s) || s < 0 || s > MAX_SEED) found.seed = t('calibration.create.errors.seed');
    } else if (chosenCases.length === 0) {
      found.cases = t('calibration.create.errors.cases');
    }
    return found;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      const result = await create({
        variables: {
          input: {
            title: title.trim(),
            policyVersionId: versionId,
            mode,
            scheduledAt: new Date(scheduledAt).toISOString(),
            marketIds: [...marketIds],
            participantIds: chosenParticipants.map((user) => user.id),
            ...(itemSource === 'SAMPLE'
              ? {
                  sampling: {
                    rule,
                    size: Number(size),
                    seed: Number(seed),
                    ...(queues.size > 0 ? { queues: [...queues] } : {}),
                  },
                }
              : { caseIds: chosenCases }),
          },
        },
      });
      if (result.data) onCreated(result.data.createCalibrationSession.id);
    } catch {
      // Shown from `creation.error` below.
    }
  }

  const failure = creation.error ? describeError(creation.error) : null;
  const serverDetail = creation.error && 'errors' in creation.error ? creation.error.message : null;

  return (
    <section className={shared.card} aria-labelledby={`${formId}-title`}>
      <div className={shared.cardHeader}>
        <h2 id={`${formId}-title`} className={shared.cardTitle}>
          {t('calibration.create.title')}
        </h2>
      </div>
      {options.loading && !data ? <LoadingState label={t('calibration.create.loading')} /> : null}
      {options.error && !data ? (
        <Alert tone="error">
          {(() => {
            const message = describeError(options.error);
            return t(message.key, message.values);
          })()}
        </Alert>
      ) : null}
      {data ? (
        <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate aria-busy={creation.loading}>
          <div className={styles.columns}>
            <TextField
              label={t('calibration.create.titleLabel')}
              value={title}
              maxLength={200}
              placeholder={t('calibration.create.titlePlaceholder')}
              onChange={(event) => setTitle(event.target.value)}
              error={errors.title ?? null}
            />
            <Field label={t('calibration.create.version')} error={errors.version}>
              {(id, describedBy) => (
                <select
                  id={id}
                  className="select"
                  value={versionId}
                  aria-describedby={describedBy}
                  aria-invalid={errors.version ? true : undefined}
                  onChange={(event) => {
                    setVersionId(event.target.value);
                    setCaseIds([]);
                  }}
                >
                  <option value="">{t('calibration.create.chooseVersion')}</option>
                  {versions.map((version) => (
                    <option key={version.id} value={version.id}>
                      {version.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <TextField
              label={t('calibration.create.scheduledAt')}
              type="datetime-local"
              value={scheduledAt}
              onChange={(event) => setScheduledAt(event.target.value)}
              error={errors.scheduledAt ?? null}
            />
            <fieldset className={styles.fieldset}>
              <legend className={styles.legend}>{t('calibration.create.mode')}</legend>
              {(['BLIND', 'OPEN'] as const).map((value) => (
                <label key={value} className={styles.choice}>
                  <input
                    type="radio"
                    name={`${formId}-mode`}
                    checked={mode === value}
                    onChange={() => setMode(value)}
                  />
                  <span>
                    <strong>{t(`calibration.mode.${value}`)}</strong>
                    <span className={styles.hint}>{t(`calibration.modeHint.${value}`)}</span>
                  </span>
                </label>
              ))}
            </fieldset>
          </div>

          <fieldset
            className={styles.fieldset}
            aria-describedby={errors.markets ? `${formId}-markets-error` : undefined}
          >
            <legend className={styles.legend}>{t('calibration.create.markets')}</legend>
            <div className={styles.checkGrid}>
              {markets.map((market) => (
                <label key={market.id} className={styles.check}>
                  <input
                    type="checkbox"
                    checked={marketIds.has(market.id)}
                    onChange={(event) => setMarketIds(toggle(marketIds, market.id, event.target.checked))}
                  />
                  <code>{market.code}</code> {marketDisplayName(market.code, market.name, i18n.language)}
                </label>
              ))}
            </div>
            {errors.markets ? (
              <p id={`${formId}-markets-error`} className={styles.error}>
                {errors.markets}
              </p>
            ) : null}
          </fieldset>

          <fieldset
            className={styles.fieldset}
            aria-describedby={errors.participants ? `${formId}-participants-error` : undefined}
          >
            <legend className={styles.legend}>
              {t('calibration.create.participants', { count: chosenParticipants.length })}
            </legend>
            {marketIds.size === 0 ? <p className={styles.hint}>{t('calibration.create.marketsFirst')}</p> : null}
            {markets
              .filter((market) => marketIds.has(market.id))
              .map((market) => {
                const people = users.filter((user) => user.market.id === market.id);
                const all = people.length > 0 && people.every((user) => participantIds.has(user.id));
                return (
                  <div key={market.id} className={styles.marketGroup}>
                    <label className={`${styles.check} ${styles.groupToggle}`}>
                      <input
                        type="checkbox"
                        checked={all}
                        disabled={people.length === 0}
                        onChange={(event) => {
                          let next = new Set(participantIds);
                          for (const user of people) next = toggle(next, user.id, event.target.checked);
                          setParticipantIds(next);
                        }}
                      />
                      {t('calibration.create.everyoneIn', {
                        market: marketDisplayName(market.code, market.name, i18n.language),
                        count: people.length,
                      })}
                    </label>
                    <div className={styles.checkGrid}>
                      {people.map((user) => (
                        <label key={user.id} className={styles.check}>
                          <input
                            type="checkbox"
                            checked={participantIds.has(user.id)}
                            onChange={(event) =>
                              setParticipantIds(toggle(participantIds, user.id, event.target.checked))
                            }
                          />
                          {user.name}
                          {user.role !== 'MODERATOR' ? (
                            <span className={styles.hint}>{t(`roles.${user.role}`)}</span>
                          ) : null}
                        </label>
                      ))}
                    </div>
                  </div>
                );
              })}
            {errors.participants ? (
              <p id={`${formId}-participants-error`} className={styles.error}>
                {errors.participants}
              </p>
            ) : null}
          </fieldset>

          <fieldset className={styles.fieldset}>
            <legend className={styles.legend}>{t('calibration.create.items')}</legend>
            <div className={styles.inline}>
              {(['SAMPLE', 'HAND'] as const).map((value) => (
                <label key={value} className={styles.check}>
                  <input
                    type="radio"
                    name={`${formId}-source`}
                    checked={itemSource === value}
                    onChange={() => setItemSource(value)}
                  />
                  {t(`calibration.create.source.${value}`)}
                </label>
              ))}
            </div>
            {itemSource === 'SAMPLE' ? (
              <div className={styles.columns}>
                <Field label={t('calibration.create.rule')}>
                  {(id) => (
                    <select
                      id={id}
                      className="select"
                      value={rule}
                      onChange={(event) => setRule(event.target.value as SamplingRule)}
                    >
                      {RULES.map((value) => (
                        <option key={value} value={value}>
                          {t(`calibration.create.rules.${value}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <TextField
                  label={t('calibration.create.size')}
                  type="number"
                  min={1}
                  max={200}
                  inputMode="numeric"
                  value={size}
                  onChange={(event) => setSize(event.target.value)}
                  error={errors.size ?? null}
                />
                <TextField
                  label={t('calibration.create.seed')}
                  type="number"
                  min={0}
                  max={MAX_SEED}
                  inputMode="numeric"
                  value={seed}
                  onChange={(event) => setSeed(event.target.value)}
                  error={errors.seed ?? null}
                  trailing={
                    <button type="button" className="button button-ghost" onClick={() => setSeed(String(randomSeed()))}>
                      {t('calibration.create.newSeed')}
                    </button>
                  }
                  className={styles.seedInput}
                />
                {data.caseQueues.length > 0 ? (
                  <fieldset className={styles.subFieldset}>
                    <legend className={styles.legendSmall}>{t('calibration.create.queues')}</legend>
                    <div className={styles.checkGrid}>
                      {data.caseQueues.map((queue) => (
                        <label key={queue} className={styles.check}>
                          <input
                            type="checkbox"
                            checked={queues.has(queue)}
                            onChange={(event) => setQueues(toggle(queues, queue, event.target.checked))}
                          />
                          <code>{queue}</code>
                        </label>
                      ))}
                    </div>
                  </fieldset>
                ) : null}
                <p className={`${styles.hint} ${styles.wide}`}>{t('calibration.create.sampleHint')}</p>
              </div>
            ) : (
              <div className={styles.casePicker}>
                {!versionId || marketIds.size === 0 ? (
                  <p className={styles.hint}>{t('calibration.create.casesFirst')}</p>
                ) : cases.loading && !cases.data ? (
                  <LoadingState label={t('calibration.create.loadingCases')} />
                ) : candidateCases.length === 0 ? (
                  <p className={styles.hint}>{t('calibration.create.noCases')}</p>
                ) : (
                  <ul role="list" className={styles.caseList}>
                    {candidateCases.map((node) => {
                      const order = chosenCases.indexOf(node.id);
                      return (
                        <li key={node.id}>
                          <label className={styles.caseRow}>
                            <input
                              type="checkbox"
                              checked={order >= 0}
                              onChange={(event) =>
                                setCaseIds(
                                  event.target.checked
                                    ? [...chosenCases, node.id]
                                    : chosenCases.filter((id) => id !== node.id),
                                )
                              }
                            />
                            <span className={styles.caseOrder} aria-hidden="true">
                              {order >= 0 ? order + 1 : ''}
                            </span>
                            <code>{node.externalId}</code>
                            <span className={styles.caseText}>
                              {node.text ?? t(`calibration.contentType.${node.contentType}`)}
                            </span>
                          </label>
                        </li>
                      );
                    })}
                  </ul>
                )}
                {errors.cases ? <p className={styles.error}>{errors.cases}</p> : null}
              </div>
            )}
          </fieldset>

          {failure ? (
            <Alert tone="error" title={t('calibration.create.failed')}>
              {t(failure.key, failure.values)}
              {serverDetail ? (
                <span className={styles.detail} lang="en">
                  {serverDetail}
                </span>
              ) : null}
            </Alert>
          ) : null}
          <div className={styles.actions}>
            <button type="submit" className="button button-primary" disabled={creation.loading}>
              {creation.loading ? t('calibration.create.creating') : t('calibration.create.submit')}
            </button>
            <button type="button" className="button button-ghost" onClick={onCancel}>
              {t('calibration.common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

/** A label and a control that is not a text input, with an optional error tied to it. */
function Field({
  label,
  error,
  children,
}: {
  label: string;
  error?: string | undefined;
  children: (id: string, describedBy: string | undefined) => ReactNode;
}) {
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {children(id, error ? `${id}-error` : undefined)}
      {error ? (
        <p id={`${id}-error`} className={styles.error}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
