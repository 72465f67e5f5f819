import { useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { QuotedNote } from '../../components/callout';
import { CaseContent } from '../../components/case-content';
import { DocumentTitle } from '../../components/document-title';
import { ErrorAlert } from '../../components/error-alert';
import { Fact, Facts } from '../../components/facts';
import { ItemCard, ItemList } from '../../components/item-card';
import { Page, PageHeader } from '../../components/page';
import { EmptyState, QueryState } from '../../components/query-state';
import { ShowMore, useListSize } from '../../components/show-more';
import { graphql } from '../../gql';
import type { AppealOutcome, AppealStatus, AppealsQuery } from '../../gql/graphql';
import { canLeadQuality } from '../../lib/roles';
import { useViewerRole } from '../../lib/viewer-role';
import { AppealHistory } from './appeal-history';
import { useDecideAppeal } from './audit-mutations';
import { AppealStatusBadge, VerdictBadge } from './verdict-badge';
import forms from '../../components/form.module.css';
import styles from './audits.module.css';

/** An appeal's card: the audit it contests, its case, and the appeal's history. */
export const AppealCard_appeal = graphql(`
  fragment AppealCard_appeal on Appeal {
    id
    ...AppealHistory_appeal @unmask
    audit {
      id
      queue
      verdict
      decidedLabel
      decidedTaxonomyLabel {
        key
        name
      }
      expectedLabel
      expectedTaxonomyLabel {
        key
        name
      }
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
      }
      case {
        id
        externalId
        contentType
        text
        mediaUrl
        sensitivityTags
      }
    }
  }
`);

export const AppealsQueryDocument = graphql(`
  query Appeals($filter: AppealsFilter, $first: Int!) {
    appeals(filter: $filter, first: $first) {
      id
      ...AppealCard_appeal @unmask
    }
  }
`);

type Appeal = AppealsQuery['appeals'][number];
const FILTERS: readonly (AppealStatus | 'ALL')[] = ['OPEN', 'UPHELD', 'OVERTURNED', 'ALL'];

/** Appeals of audit verdicts: the QA lead upholds or overturns each, with a note both sides read. */
export function AppealsPage() {
  const { t } = useTranslation();
  const role = useViewerRole();
  const [filter, setFilter] = useState<AppealStatus | 'ALL'>('OPEN');
  // A page of the filter's appeals, more on demand; another filter starts at one page again.
  const { first, more } = useListSize(filter);
  const query = useQuery(AppealsQueryDocument, {
    variables: { filter: filter === 'ALL' ? {} : { status: filter }, first },
    fetchPolicy: 'cache-and-network',
  });
  const { loading, error, refetch } = query;
  // While more load, the appeals shown stay, unless they were another filter's.
  const previous = query.previousData;
  const stillShown = previous?.appeals.every((appeal) => filter === 'ALL' || appeal.status === filter);
  const data = query.data ?? (stillShown ? previous : undefined);
  const appeals = data?.appeals ?? [];
  return (
    <Page width="lg">
      <DocumentTitle title={t('audits.appeals.title')} />
      <PageHeader
        title={t('audits.appeals.title')}
        lead={t('audits.appeals.lead')}
        actions={
          <label className={forms.field}>
            {t('audits.appeals.show')}
            <select
              className="select"
              value={filter}
              onChange={(e) => setFilter(e.target.value as AppealStatus | 'ALL')}
            >
              {FILTERS.map((value) => (
                <option key={value} value={value}>
                  {t(`audits.appeals.filter.${value}`)}
                </option>
              ))}
            </select>
          </label>
        }
      />
      <QueryState
        loading={loading}
        error={error}
        hasData={Boolean(data)}
        loadingLabel={t('audits.appeals.loading')}
        errorTitle={t('audits.appeals.loadFailed')}
        onRetry={() => void refetch()}
      />
      {data ? (
        appeals.length === 0 ? (
          <EmptyState>{t('audits.appeals.empty')}</EmptyState>
        ) : (
          <ItemList>
            {appeals.map((appeal) => (
              <AppealCard key={appeal.id} appeal={appeal} canDecide={canLeadQuality(role)} />
            ))}
            <ShowMore shown={appeals.length} first={first} loading={loading} onMore={more} />
          </ItemList>
        )
      ) : null}
    </Page>
  );
}

function AppealCard({ appeal, canDecide }: { appeal: Appeal; canDecide: boolean }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [note, setNote] = useState('');
  const [decision, setDecision] = useState<AppealOutcome | null>(null);
  const [invalid, setInvalid] = useState<'decision' | 'note' | null>(null);
  const [decide, deciding] = useDecideAppeal();
  const { audit } = appeal;
  const item = audit.case;
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = !decision ? 'decision' : note.trim().length < 3 ? 'note' : null;
    setInvalid(problem);
    if (problem || !decision) return;
    try {
      // The hook moves the decided appeal out of the list of open appeals.
      await decide({ variables: { input: { appealId: appeal.id, outcome: decision, note: note.trim() } } });
    } catch {
      // Shown from `deciding.error`.
    }
  }

  return (
    <ItemCard
      title={t('audits.appeals.cardTitle', { id: item.externalId, name: audit.moderator.name })}
      titleId={`${id}-title`}
      testId="appeal"
      badges={
        <>
          <AppealStatusBadge status={appeal.status} />
          <code>{audit.market.code}</code>
        </>
      }
    >
      <div className={styles.twoColumns}>
        <div className={forms.form}>
          <CaseContent item={item} />
        </div>
        <div className={forms.form}>
          <Facts columns>
            <Fact term={t('audits.appeals.moderatorChose')}>
              {audit.decidedTaxonomyLabel?.name ?? audit.decidedLabel}
            </Fact>
            <Fact term={t('audits.appeals.verdict')}>
              {audit.verdict ? <VerdictBadge verdict={audit.verdict} /> : '—'}
            </Fact>
            <Fact term={t('audits.form.expected')}>
              {audit.expectedTaxonomyLabel?.name ?? audit.expectedLabel ?? '—'}
            </Fact>
            <Fact term={t('audits.form.category')}>
              {audit.errorCategory ? t(`audits.errorCategory.${audit.errorCategory}`) : '—'}
            </Fact>
          </Facts>
          <p className={`${styles.small} ${styles.muted}`}>
            {t('audits.mine.auditedBy', {
              name: audit.auditor?.name ?? '—',
              date: audit.auditedAt ? dateTime.format(new Date(audit.auditedAt)) : '—',
            })}
          </p>
          {audit.feedback ? <QuotedNote>{audit.feedback}</QuotedNote> : null}
          <AppealHistory appeals={[appeal]} moderator={audit.moderator} />
        </div>
      </div>
      {appeal.status === 'OPEN' && canDecide ? (
        <form className={forms.form} onSubmit={(event) => void submit(event)} noValidate>
          <fieldset className={forms.fieldset}>
            <legend>{t('audits.appeals.decision')}</legend>
            <div className={forms.choices}>
              {(['UPHOLD', 'OVERTURN'] as const).map((value) => (
                <label key={value} className={forms.choice}>
                  <input
                    type="radio"
                    name={`${id}-decision`}
                    value={value}
                    checked={decision === value}
                    onChange={() => setDecision(value)}
                  />
                  {t(`audits.appeals.decisions.${value}`)}
                </label>
              ))}
            </div>
            {invalid === 'decision' ? (
              <span className={styles.incorrect} role="alert">
                {t('audits.appeals.errors.decision')}
              </span>
            ) : null}
          </fieldset>
          <label className={forms.field}>
            {t('audits.appeals.note')}
            <span className={forms.hint}>{t('audits.appeals.noteHint')}</span>
            <textarea
              className="input"
              value={note}
              maxLength={2000}
              onChange={(e) => setNote(e.target.value)}
              aria-invalid={invalid === 'note'}
            />
            {invalid === 'note' ? (
              <span className={styles.incorrect} role="alert">
                {t('audits.appeals.errors.note')}
              </span>
            ) : null}
          </label>
          {deciding.error ? <ErrorAlert error={deciding.error} title={t('audits.appeals.failed')} /> : null}
          <div className={forms.actions}>
            <button type="submit" className="button button-primary" disabled={deciding.loading}>
              {t('audits.appeals.submit')}
            </button>
          </div>
        </form>
      ) : null}
    </ItemCard>
  );
}
