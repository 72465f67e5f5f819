import { CombinedGraphQLErrors } from '@apollo/client';
import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Card } from '../../components/card';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { Table, TableHead, numericCell } from '../../components/table';
import { useImportPeople } from './people-mutations';
import forms from '../../components/form.module.css';
import styles from './people.module.css';

export const PEOPLE_COLUMNS = 'email,name,role,market[,team][,languages][,other_markets]';

/** The example file offered for download: the demo's markets and teams, a list in each list column. */
export const EXAMPLE_PEOPLE_CSV = [
  'email,name,role,market,team,languages,other_markets',
  'giulia.bianchi@example.com,Giulia Bianchi,MODERATOR,it-IT,Lumen BPO it-IT,it|en,',
  'jonas.keller@example.com,Jonas Keller,QA_SPECIALIST,de-DE,Trust & Safety QA de-DE,de|en,fr-FR',
  'pat.policy@example.com,Pat Policy,POLICY_OWNER,it-IT,,,',
  '',
].join('\n');

export type LineError = { line: number; field: string; message: string };

/** The file's problems as the server lists them (`extensions.lineErrors`), and how many lines were bad. */
export function lineErrorsOf(error: unknown): { lineErrors: LineError[]; badLines: number } {
  if (!CombinedGraphQLErrors.is(error)) return { lineErrors: [], badLines: 0 };
  const extensions = error.errors[0]?.extensions ?? {};
  const raw = extensions['lineErrors'];
  const lineErrors = Array.isArray(raw)
    ? raw.filter(
        (entry): entry is LineError =>
          typeof entry === 'object' && entry !== null && typeof (entry as LineError).line === 'number',
      )
    : [];
  const badLines = typeof extensions['badLines'] === 'number' ? extensions['badLines'] : lineErrors.length;
  return { lineErrors, badLines };
}

type Stage =
  | { step: 'idle' }
  | { step: 'checking'; fileName: string }
  | { step: 'checked'; fileName: string; content: string; count: number }
  | { step: 'importing'; fileName: string; count: number }
  | { step: 'done'; invited: number };

/** Errors shown at most: a file of thousands of bad lines needs its first ones fixed first. */
const SHOWN_ERRORS = 50;

/**
 * Imports a CSV file of people: the browser reads it, the server checks every line (a dry run),
 * and only then, when the admin confirms, invites everyone in one go. One bad line and nobody
 * is invited: the problems are listed by line.
 */
export function PeopleImport({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [stage, setStage] = useState<Stage>({ step: 'idle' });
  const [failure, setFailure] = useState<{ error: unknown } | { text: string } | null>(null);
  const [run] = useImportPeople();

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // The same file may be chosen again after it is fixed.
    event.target.value = '';
    if (!file) return;
    setFailure(null);
    let content: string;
    try {
      content = await file.text();
    } catch {
      setStage({ step: 'idle' });
      setFailure({ text: t('people.import.readFailed') });
      return;
    }
    if (!content.trim()) {
      setStage({ step: 'idle' });
      setFailure({ text: t('people.import.empty') });
      return;
    }
    setStage({ step: 'checking', fileName: file.name });
    try {
      const { data } = await run({ variables: { input: { content, dryRun: true } } });
      setStage({ step: 'checked', fileName: file.name, content, count: data?.importPeople.checked ?? 0 });
    } catch (error) {
      setStage({ step: 'idle' });
      setFailure({ error });
    }
  }

  async function confirm() {
    if (stage.step !== 'checked') return;
    setStage({ step: 'importing', fileName: stage.fileName, count: stage.count });
    try {
      const { data } = await run({ variables: { input: { content: stage.content, dryRun: false } } });
      setStage({ step: 'done', invited: data?.importPeople.invited ?? 0 });
    } catch (error) {
      setStage({ step: 'idle' });
      setFailure({ error });
    }
  }

  const busy = stage.step === 'checking' || stage.step === 'importing';
  const problems = failure && 'error' in failure ? lineErrorsOf(failure.error) : { lineErrors: [], badLines: 0 };
  return (
    <Card title={t('people.import.title')} lead={t('people.import.lead')} testId="people-import">
      <div className={forms.form}>
        <div className={styles.importHelp}>
          <p>
            <strong>{t('people.import.columnsTitle')}:</strong> <code>{PEOPLE_COLUMNS}</code>
          </p>
          <p className={styles.muted}>{t('people.import.columns')}</p>
          <a
            className={styles.download}
            href={`data:text/csv;charset=utf-8,${encodeURIComponent(EXAMPLE_PEOPLE_CSV)}`}
            download="people-example.csv"
          >
            {t('people.import.example')}
          </a>
        </div>
        <div className={forms.field}>
          <label htmlFor={inputId}>{t('people.import.file')}</label>
          <input
            id={inputId}
            className={styles.fileInput}
            type="file"
            name="file"
            accept=".csv,text/csv"
            disabled={busy}
            onChange={(event) => void choose(event)}
          />
        </div>
        {stage.step === 'checking' ? <LoadingState label={t('people.import.checking')} /> : null}
        {stage.step === 'importing' ? <LoadingState label={t('people.import.importing')} /> : null}
        {failure && 'text' in failure ? <Alert tone="error">{failure.text}</Alert> : null}
        {failure && 'error' in failure ? <ErrorAlert error={failure.error} title={t('people.import.failed')} /> : null}
        {problems.lineErrors.length > 0 ? (
          <Table label={t('people.import.failed')} testId="import-line-errors">
            <TableHead
              columns={[
                { label: t('people.import.line'), numeric: true },
                { label: t('people.import.field') },
                { label: t('people.import.problem') },
              ]}
            />
            <tbody>
              {problems.lineErrors.slice(0, SHOWN_ERRORS).map((problem, index) => (
                <tr key={`${problem.line}-${problem.field}-${index}`}>
                  <td className={numericCell}>{problem.line}</td>
                  <td>
                    <code>{problem.field}</code>
                  </td>
                  <td>{problem.message}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : null}
        {problems.lineErrors.length > SHOWN_ERRORS ? (
          <p className={styles.muted}>
            {t('people.import.moreErrors', { count: problems.lineErrors.length - SHOWN_ERRORS })}
          </p>
        ) : null}
        {stage.step === 'checked' ? (
          <Alert tone="info">{t('people.import.passed', { count: stage.count })}</Alert>
        ) : null}
        {stage.step === 'done' ? <Alert tone="info">{t('people.import.done', { count: stage.invited })}</Alert> : null}
        <div className={forms.actions}>
          {stage.step === 'checked' || stage.step === 'importing' ? (
            <button
              type="button"
              className="button button-primary"
              disabled={stage.step === 'importing' || stage.count === 0}
              onClick={() => void confirm()}
            >
              {t('people.import.confirm', { count: stage.count })}
            </button>
          ) : null}
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('people.close')}
          </button>
        </div>
      </div>
    </Card>
  );
}
