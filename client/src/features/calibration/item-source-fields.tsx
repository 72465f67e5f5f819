import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/loading-state';
import { TextField } from '../../components/text-field';
import type { NewCalibrationSessionCasesQuery, SamplingRule } from '../../gql/graphql';
import { Field, toggle } from './session-fields';
import styles from './new-session-form.module.css';

type CandidateCase = NewCalibrationSessionCasesQuery['cases']['edges'][number]['node'];

export const RULES: readonly SamplingRule[] = [
  'RANDOM',
  'STRATIFIED_BY_MARKET',
  'STRATIFIED_BY_DECISION',
  'STRATIFIED_BY_QUEUE',
];
export const MAX_SEED = 2 ** 31 - 1;

export const randomSeed = () => Math.floor(Math.random() * 1_000_000);

/** The items: a seeded sample (rule, size, seed, queues) or cases picked by hand, in the order picked. */
export function ItemSourceFields(props: {
  formId: string;
  itemSource: 'SAMPLE' | 'HAND';
  onItemSource: (source: 'SAMPLE' | 'HAND') => void;
  rule: SamplingRule;
  onRule: (rule: SamplingRule) => void;
  size: string;
  onSize: (size: string) => void;
  seed: string;
  onSeed: (seed: string) => void;
  caseQueues: readonly string[];
  queues: ReadonlySet<string>;
  onQueues: (queues: ReadonlySet<string>) => void;
  /** Cases can be picked once a version and markets are. */
  canPickCases: boolean;
  casesLoading: boolean;
  candidateCases: readonly CandidateCase[];
  chosenCases: readonly string[];
  onCaseIds: (ids: readonly string[]) => void;
  errors: { size?: string; seed?: string; cases?: string };
}) {
  const { t } = useTranslation();
  const { formId, itemSource, rule, size, seed, queues, candidateCases, chosenCases, errors } = props;
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{t('calibration.create.items')}</legend>
      <div className={styles.inline}>
        {(['SAMPLE', 'HAND'] as const).map((value) => (
          <label key={value} className={styles.check}>
            <input
              type="radio"
              name={`${formId}-source`}
              checked={itemSource === value}
              onChange={() => props.onItemSource(value)}
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
                onChange={(event) => props.onRule(event.target.value as SamplingRule)}
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
            onChange={(event) => props.onSize(event.target.value)}
            error={errors.size ?? null}
          />
          <TextField
            label={t('calibration.create.seed')}
            type="number"
            min={0}
            max={MAX_SEED}
            inputMode="numeric"
            value={seed}
            onChange={(event) => props.onSeed(event.target.value)}
            error={errors.seed ?? null}
            trailing={
              <button type="button" className="button button-ghost" onClick={() => props.onSeed(String(randomSeed()))}>
                {t('calibration.create.newSeed')}
              </button>
            }
            className={styles.seedInput}
          />
          {props.caseQueues.length > 0 ? (
            <fieldset className={styles.subFieldset}>
              <legend className={styles.legendSmall}>{t('calibration.create.queues')}</legend>
              <div className={styles.checkGrid}>
                {props.caseQueues.map((queue) => (
                  <label key={queue} className={styles.check}>
                    <input
                      type="checkbox"
                      checked={queues.has(queue)}
                      onChange={(event) => props.onQueues(toggle(queues, queue, event.target.checked))}
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
          {!props.canPickCases ? (
            <p className={styles.hint}>{t('calibration.create.casesFirst')}</p>
          ) : props.casesLoading ? (
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
                          props.onCaseIds(
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
  );
}
