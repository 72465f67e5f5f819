import { useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Card } from '../../components/card';
import { LoadingState } from '../../components/loading-state';
import { TextField } from '../../components/text-field';
import { graphql } from '../../gql';
import type { SamplingRule, SessionMode } from '../../gql/graphql';
import { describeError } from '../../lib/error-message';
import { ItemSourceFields, MAX_SEED, randomSeed } from './item-source-fields';
import { ParticipantFields } from './participant-fields';
import { Field } from './session-fields';
import { useCreateSession } from './session-mutations';
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

/** The next full hour, as a `datetime-local` value in the browser's time zone. */
function nextHour(now = new Date()): string {
  const date = new Date(now);
  date.setMinutes(0, 0, 0);
  date.setHours(date.getHours() + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

type Errors = Partial<
  Record<'title' | 'version' | 'scheduledAt' | 'markets' | 'participants' | 'size' | 'seed' | 'cases', string>
>;

/**
 * A new session: what to calibrate against (a published policy version), how (blind or
 * open), when, with whom (markets, then people from them), and on which cases (a seeded
 * sample or a hand-picked list). The server checks everything again.
 */
export function NewSessionForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
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
  const [create, creation] = useCreateSession();

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
      if (result.data) onCreated(result.data.createCalibrationSession.session.id);
    } catch {
      // Shown from `creation.error` below.
    }
  }

  const failure = creation.error ? describeError(creation.error) : null;
  const serverDetail = creation.error && 'errors' in creation.error ? creation.error.message : null;

  return (
    <Card title={t('calibration.create.title')} titleId={`${formId}-title`}>
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

          <ParticipantFields
            formId={formId}
            markets={markets}
            users={users}
            marketIds={marketIds}
            onMarketIds={setMarketIds}
            participantIds={participantIds}
            onParticipantIds={setParticipantIds}
            chosenCount={chosenParticipants.length}
            errors={errors}
          />

          <ItemSourceFields
            formId={formId}
            itemSource={itemSource}
            onItemSource={setItemSource}
            rule={rule}
            onRule={setRule}
            size={size}
            onSize={setSize}
            seed={seed}
            onSeed={setSeed}
            caseQueues={data.caseQueues}
            queues={queues}
            onQueues={setQueues}
            canPickCases={Boolean(versionId) && marketIds.size > 0}
            casesLoading={cases.loading && !cases.data}
            candidateCases={candidateCases}
            chosenCases={chosenCases}
            onCaseIds={setCaseIds}
            errors={errors}
          />

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
    </Card>
  );
}
