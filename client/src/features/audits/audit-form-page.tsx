import { useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert } from '../../components/alert';
import { DecisionCallout, QuotedNote } from '../../components/callout';
import { Card } from '../../components/card';
import { CaseContent } from '../../components/case-content';
import { DocumentTitle } from '../../components/document-title';
import { ErrorAlert } from '../../components/error-alert';
import { Fact, Facts } from '../../components/facts';
import { marketDisplayName } from '../../components/market-name';
import { Page, PageHeader } from '../../components/page';
import { QueryState } from '../../components/query-state';
import { graphql } from '../../gql';
import type { ErrorCategory, Verdict } from '../../gql/graphql';
import { ERROR_CATEGORIES } from '../../lib/error-categories';
import { useSubmitAudit } from './audit-mutations';
import { VerdictBadge } from './verdict-badge';
import forms from '../../components/form.module.css';
import styles from './audits.module.css';

export const AuditFormQuery = graphql(`
  query AuditForm($id: ID!) {
    audit(id: $id) {
      id
      status
      day
      queue
      decidedLabel
      decidedTaxonomyLabel {
        key
        name
      }
      verdict
      expectedLabel
      errorCategory
      feedback
      auditedAt
      auditor {
        id
        name
      }
      moderator {
        id
        name
      }
      market {
        id
        code
        name
      }
      policy {
        id
        title
      }
      case {
        id
        externalId
        contentType
        text
        mediaUrl
        sensitivityTags
        decidedAt
        policyVersion {
          id
          number
          labels {
            key
            name
            description
          }
        }
      }
    }
  }
`);

type Errors = Partial<Record<'verdict' | 'expected' | 'category' | 'feedback', string>>;

const FEEDBACK_MAX = 4000;

/**
 * One audit: the case as the moderator saw it (sensitive media blurred until revealed) and
 * their decision, beside the verdict form. An incorrect verdict needs the expected label
 * (from the case's policy version), an error category and feedback for the moderator.
 */
export function AuditFormPage() {
  const { t, i18n } = useTranslation();
  const { auditId = '' } = useParams();
  const navigate = useNavigate();
  const formId = useId();
  const { data, loading, error, refetch } = useQuery(AuditFormQuery, { variables: { id: auditId } });
  const [submitAudit, submission] = useSubmitAudit();
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [expected, setExpected] = useState('');
  const [category, setCategory] = useState<ErrorCategory | ''>('');
  const [feedback, setFeedback] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  const audit = data?.audit;
  const item = audit?.case;
  const labels = item?.policyVersion.labels ?? [];
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const done = audit?.status === 'COMPLETED';

  function validate(): Errors {
    const found: Errors = {};
    if (!verdict) found.verdict = t('audits.form.errors.verdict');
    if (verdict === 'INCORRECT') {
      if (!expected) found.expected = t('audits.form.errors.expected');
      else if (expected === audit?.decidedLabel) found.expected = t('audits.form.errors.sameLabel');
      if (!category) found.category = t('audits.form.errors.category');
      if (!feedback.trim()) found.feedback = t('audits.form.errors.feedback');
    }
    if (feedback.length > FEEDBACK_MAX) found.feedback = t('audits.form.errors.feedbackLong', { max: FEEDBACK_MAX });
    return found;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0 || !verdict || !audit || !item) return;
    try {
      await submitAudit({
        variables: {
          input: {
            auditId,
            verdict,
            // A correct decision's expected label is the one the moderator chose.
            expectedLabel: verdict === 'CORRECT' ? audit.decidedLabel : expected,
            ...(verdict === 'INCORRECT' && category ? { errorCategory: category } : {}),
            ...(feedback.trim() ? { feedback: feedback.trim() } : {}),
          },
        },
      });
      void navigate('/audits', { state: { audited: item.externalId } });
    } catch {
      // Shown from `submission.error` below.
    }
  }

  const fieldError = (key: keyof Errors) =>
    errors[key] ? (
      <span id={`${formId}-${key}-error`} className={styles.incorrect} role="alert">
        {errors[key]}
      </span>
    ) : null;

  return (
    <Page width="lg">
      <DocumentTitle title={t('audits.form.title', { id: item?.externalId ?? '' })} />
      <PageHeader
        breadcrumb={<Link to="/audits">{t('audits.queue.title')}</Link>}
        title={t('audits.form.title', { id: item?.externalId ?? '…' })}
        lead={
          audit && item
            ? t('audits.form.lead', {
                market: marketDisplayName(audit.market.code, audit.market.name, i18n.language),
                queue: audit.queue,
                moderator: audit.moderator.name,
                date: dateTime.format(new Date(item.decidedAt)),
              })
            : undefined
        }
      />
      <QueryState
        loading={loading && !data}
        error={error}
        loadingLabel={t('audits.form.loading')}
        errorTitle={t('audits.form.loadFailed')}
        onRetry={() => void refetch()}
      />
      {audit && item ? (
        <div className={styles.twoColumns}>
          <Card
            title={t('cases.detail.content', { type: t(`cases.types.${item.contentType}`) })}
            titleId={`${formId}-content`}
          >
            <CaseContent item={item} />
            <DecisionCallout>
              <span className={styles.small}>{t('audits.form.moderatorDecided')}</span>
              <strong>{audit.decidedTaxonomyLabel?.name ?? audit.decidedLabel}</strong>
              <span className={styles.small}>
                <span className={styles.code}>{audit.decidedLabel}</span> ·{' '}
                {t('audits.form.policy', { policy: audit.policy.title, number: item.policyVersion.number })}
              </span>
            </DecisionCallout>
          </Card>
          <Card title={t('audits.form.verdictTitle')} titleId={`${formId}-verdict`}>
            {done && audit.verdict ? (
              <div className={forms.form}>
                <Alert tone="info">
                  {t('audits.form.alreadyAudited', {
                    name: audit.auditor?.name ?? '—',
                    date: audit.auditedAt ? dateTime.format(new Date(audit.auditedAt)) : '—',
                  })}
                </Alert>
                <VerdictBadge verdict={audit.verdict} />
                {audit.verdict === 'INCORRECT' ? (
                  <Facts columns>
                    <Fact term={t('audits.form.expected')}>
                      {labels.find((l) => l.key === audit.expectedLabel)?.name ?? audit.expectedLabel}
                    </Fact>
                    <Fact term={t('audits.form.category')}>
                      {audit.errorCategory ? t(`audits.errorCategory.${audit.errorCategory}`) : '—'}
                    </Fact>
                  </Facts>
                ) : null}
                {audit.feedback ? <QuotedNote>{audit.feedback}</QuotedNote> : null}
              </div>
            ) : (
              <form className={forms.form} onSubmit={(event) => void submit(event)} noValidate>
                <fieldset
                  className={forms.fieldset}
                  aria-describedby={errors.verdict ? `${formId}-verdict-error` : undefined}
                >
                  <legend>{t('audits.form.verdict')}</legend>
                  <div className={forms.choices}>
                    {(['CORRECT', 'INCORRECT'] as const).map((value) => (
                      <label key={value} className={forms.choice}>
                        <input
                          type="radio"
                          name="verdict"
                          value={value}
                          checked={verdict === value}
                          onChange={() => setVerdict(value)}
                        />
                        {t(`audits.verdict.${value}`)}
                      </label>
                    ))}
                  </div>
                  {fieldError('verdict')}
                </fieldset>
                {verdict === 'INCORRECT' ? (
                  <>
                    <label className={forms.field}>
                      {t('audits.form.expected')}
                      <span className={forms.hint}>
                        {t('audits.form.expectedHint', { number: item.policyVersion.number })}
                      </span>
                      <select
                        className="select"
                        value={expected}
                        onChange={(event) => setExpected(event.target.value)}
                        aria-invalid={Boolean(errors.expected)}
                        aria-describedby={errors.expected ? `${formId}-expected-error` : undefined}
                      >
                        <option value="">{t('audits.form.choose')}</option>
                        {labels.map((label) => (
                          <option key={label.key} value={label.key} disabled={label.key === audit.decidedLabel}>
                            {label.name} ({label.key})
                          </option>
                        ))}
                      </select>
                      {fieldError('expected')}
                    </label>
                    <label className={forms.field}>
                      {t('audits.form.category')}
                      <select
                        className="select"
                        value={category}
                        onChange={(event) => setCategory(event.target.value as ErrorCategory | '')}
                        aria-invalid={Boolean(errors.category)}
                        aria-describedby={errors.category ? `${formId}-category-error` : undefined}
                      >
                        <option value="">{t('audits.form.choose')}</option>
                        {ERROR_CATEGORIES.map((value) => (
                          <option key={value} value={value}>
                            {t(`audits.errorCategory.${value}`)}
                          </option>
                        ))}
                      </select>
                      {fieldError('category')}
                    </label>
                  </>
                ) : null}
                <label className={forms.field}>
                  {t('audits.form.feedback')}
                  <span className={forms.hint}>{t('audits.form.feedbackHint')}</span>
                  <textarea
                    className="input"
                    value={feedback}
                    maxLength={FEEDBACK_MAX}
                    onChange={(event) => setFeedback(event.target.value)}
                    aria-invalid={Boolean(errors.feedback)}
                    aria-describedby={errors.feedback ? `${formId}-feedback-error` : undefined}
                  />
                  {fieldError('feedback')}
                </label>
                {submission.error ? (
                  <ErrorAlert error={submission.error} title={t('audits.form.submitFailed')} />
                ) : null}
                <div className={forms.actions}>
                  <button type="submit" className="button button-primary" disabled={submission.loading}>
                    {submission.loading ? t('audits.form.submitting') : t('audits.form.submit')}
                  </button>
                  <Link to="/audits" className="button button-secondary">
                    {t('audits.form.back')}
                  </Link>
                </div>
              </form>
            )}
          </Card>
        </div>
      ) : null}
    </Page>
  );
}
