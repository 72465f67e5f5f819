import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { Alert } from '../../components/alert';
import { DocumentTitle } from '../../components/document-title';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { Page } from '../../components/page';
import { QueryState } from '../../components/query-state';
import { graphql } from '../../gql';
import type { PolicyVersionDiffQuery } from '../../gql/graphql';
import { foldDiff, type DiffLine } from './diff-folding';
import { VersionStatusBadge } from './version-status-badge';
import shared from './policies.module.css';
import styles from './policy-diff.module.css';

export const PolicyCompareQuery = graphql(`
  query PolicyCompare($id: ID!) {
    policy(id: $id) {
      id
      key
      title
      versions {
        id
        number
        status
      }
    }
  }
`);

export const PolicyVersionDiffDocument = graphql(`
  query PolicyVersionDiff($from: ID!, $to: ID!) {
    policyVersionDiff(fromId: $from, toId: $to) {
      from {
        id
        number
        status
      }
      to {
        id
        number
        status
      }
      bodyChanged
      labelsUnchanged
      labelsAdded {
        key
        name
        severity
      }
      labelsRemoved {
        key
        name
        severity
      }
      labelsChanged {
        key
        fields
        before {
          name
          description
          severity
        }
        after {
          name
          description
          severity
        }
      }
      bodyDiff {
        kind
        text
        oldNumber
        newNumber
      }
    }
  }
`);

/** Two versions of a policy side by side: labels added, removed and changed, and the text line by line. */
export function PolicyDiffPage() {
  const { t } = useTranslation();
  const { policyId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(PolicyCompareQuery, { variables: { id: policyId } });
  const versions = data?.policy.versions ?? [];
  // Newest first: by default the latest version against the one before it.
  const toId = params.get('to') ?? versions[0]?.id ?? null;
  const toIndex = versions.findIndex((v) => v.id === toId);
  const fromId = params.get('from') ?? versions[toIndex + 1]?.id ?? null;
  const choose = (name: 'from' | 'to', id: string) => {
    const next = { from: fromId ?? '', to: toId ?? '', [name]: id };
    setParams(next, { replace: true });
  };

  return (
    <Page width="md">
      <DocumentTitle title={t('policies.diff.documentTitle')} />
      <header className={shared.header}>
        <div className={shared.headerText}>
          <p className={shared.breadcrumb}>
            <Link to="/policies">{t('policies.list.title')}</Link>
            {data ? (
              <>
                {' › '}
                <Link to={`/policies/${data.policy.id}`}>{data.policy.title}</Link>
              </>
            ) : null}
          </p>
          <h1 className={shared.title}>{t('policies.diff.title')}</h1>
        </div>
      </header>
      <QueryState
        loading={loading && !data}
        error={error}
        loadingLabel={t('policies.detail.loading')}
        errorTitle={t('policies.detail.loadFailed')}
        onRetry={() => void refetch()}
      />
      {data && versions.length < 2 ? <Alert tone="info">{t('policies.diff.needTwo')}</Alert> : null}
      {data && versions.length >= 2 ? (
        <div className={styles.diffPickers}>
          {(['from', 'to'] as const).map((name) => (
            <label key={name} className={shared.fieldLabel}>
              {t(`policies.diff.${name}`)}
              <select
                className="select"
                value={(name === 'from' ? fromId : toId) ?? ''}
                onChange={(e) => choose(name, e.target.value)}
              >
                {versions.map((v) => (
                  <option key={v.id} value={v.id}>
                    {t('policies.version', { number: v.number })} · {t(`policies.status.${v.status}`)}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      ) : null}
      {fromId && toId && fromId !== toId ? <DiffView fromId={fromId} toId={toId} /> : null}
      {fromId && fromId === toId ? <Alert tone="info">{t('policies.diff.same')}</Alert> : null}
    </Page>
  );
}

function DiffView({ fromId, toId }: { fromId: string; toId: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(PolicyVersionDiffDocument, {
    variables: { from: fromId, to: toId },
  });
  if (error) return <ErrorAlert error={error} title={t('policies.diff.failed')} onRetry={() => void refetch()} />;
  if (loading || !data) return <LoadingState label={t('policies.diff.loading')} />;
  const diff = data.policyVersionDiff;
  const labelChanges = diff.labelsAdded.length + diff.labelsRemoved.length + diff.labelsChanged.length;
  return (
    <>
      <p className={shared.lead}>
        {t('policies.version', { number: diff.from.number })} <VersionStatusBadge status={diff.from.status} /> →{' '}
        {t('policies.version', { number: diff.to.number })} <VersionStatusBadge status={diff.to.status} />
      </p>
      <section className={shared.card} aria-labelledby="label-changes-title">
        <div className={shared.cardHeader}>
          <h2 id="label-changes-title" className={shared.cardTitle}>
            {t('policies.diff.labels')}
          </h2>
          <span className={`${shared.small} ${shared.muted}`}>
            {t('policies.diff.unchangedLabels', { count: diff.labelsUnchanged })}
          </span>
        </div>
        {labelChanges === 0 ? <p className={shared.muted}>{t('policies.diff.noLabelChanges')}</p> : null}
        <ul className={styles.changeList} aria-label={t('policies.diff.labels')}>
          {diff.labelsAdded.map((label) => (
            <li key={`added-${label.key}`} className={`${styles.change} ${styles.change_ADDED}`}>
              <span className={styles.changeKind}>{t('policies.diff.added')}</span>
              <code className={shared.code}>{label.key}</code> {label.name}
              {label.severity !== null && label.severity !== undefined ? (
                <span className={shared.muted}>{t('policies.diff.severity', { value: label.severity })}</span>
              ) : null}
            </li>
          ))}
          {diff.labelsRemoved.map((label) => (
            <li key={`removed-${label.key}`} className={`${styles.change} ${styles.change_REMOVED}`}>
              <span className={styles.changeKind}>{t('policies.diff.removed')}</span>
              <code className={shared.code}>{label.key}</code> {label.name}
            </li>
          ))}
          {diff.labelsChanged.map((change) => (
            <li key={`changed-${change.key}`} className={`${styles.change} ${styles.change_CHANGED}`}>
              <span className={styles.changeKind}>{t('policies.diff.changed')}</span>
              <code className={shared.code}>{change.key}</code>
              <span>
                {change.fields
                  .map((field) => {
                    if (field === 'NAME')
                      return t('policies.diff.renamed', { before: change.before.name, after: change.after.name });
                    if (field === 'SEVERITY')
                      return t('policies.diff.severityChanged', {
                        before: change.before.severity ?? '—',
                        after: change.after.severity ?? '—',
                      });
                    if (field === 'DESCRIPTION') return t('policies.diff.descriptionChanged');
                    return t('policies.diff.moved');
                  })
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section className={shared.card} aria-labelledby="body-diff-title">
        <div className={shared.cardHeader}>
          <h2 id="body-diff-title" className={shared.cardTitle}>
            {t('policies.diff.body')}
          </h2>
          <span className={`${shared.small} ${shared.muted}`}>
            {diff.bodyChanged
              ? `${t('policies.diff.linesAdded', { count: diff.bodyDiff.filter((l) => l.kind === 'ADDED').length })} · ${t(
                  'policies.diff.linesRemoved',
                  { count: diff.bodyDiff.filter((l) => l.kind === 'REMOVED').length },
                )}`
              : t('policies.diff.bodySame')}
          </span>
        </div>
        <BodyDiff lines={diff.bodyDiff} />
      </section>
    </>
  );
}

type Lines = PolicyVersionDiffQuery['policyVersionDiff']['bodyDiff'];

function BodyDiff({ lines }: { lines: Lines }) {
  const { t } = useTranslation();
  const [unfolded, setUnfolded] = useState<Set<number>>(new Set());
  const segments = foldDiff(lines as DiffLine[]);
  const sign = { SAME: ' ', ADDED: '+', REMOVED: '−' } as const;
  return (
    <div className={styles.diff} role="table" aria-label={t('policies.diff.body')}>
      {segments.map((segment, i) =>
        segment.kind === 'fold' && !unfolded.has(i) ? (
          // A table holds only rows, so the fold's button sits in a row of its own (axe: aria-required-children).
          <div key={i} role="row">
            <span role="cell" aria-colspan={4}>
              <button type="button" className={styles.fold} onClick={() => setUnfolded(new Set(unfolded).add(i))}>
                {t('policies.diff.showUnchanged', { count: segment.lines.length })}
              </button>
            </span>
          </div>
        ) : (
          segment.lines.map((line, j) => (
            <div
              key={`${i}-${j}`}
              role="row"
              className={`${styles.diffLine} ${styles[`diff_${line.kind}`]}`}
              data-kind={line.kind}
            >
              <span role="cell" className={styles.diffNumber}>
                {line.oldNumber ?? ''}
              </span>
              <span role="cell" className={styles.diffNumber}>
                {line.newNumber ?? ''}
              </span>
              <span role="cell" className={styles.diffSign} aria-label={t(`policies.diff.line_${line.kind}`)}>
                {sign[line.kind]}
              </span>
              <span role="cell">{line.text || ' '}</span>
            </div>
          ))
        ),
      )}
    </div>
  );
}
