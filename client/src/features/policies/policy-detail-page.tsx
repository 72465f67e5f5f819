import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { DocumentTitle } from '../../components/document-title';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { Markdown } from '../../components/markdown';
import { Page } from '../../components/page';
import { QueryState } from '../../components/query-state';
import { BadgeRow } from '../../components/status-badge';
import { graphql } from '../../gql';
import { formatDateTime, formatLocalDate } from '../../lib/format';
import { useViewerRole } from '../../lib/viewer-role';
import { AcknowledgementReport, MyAcknowledgement } from './acknowledgements';
import { FaqSection } from './faq-section';
import { useCreatePolicyVersion, useRetirePolicyVersion } from './policy-mutations';
import { canReadAcknowledgements, canWritePolicies } from './policy-roles';
import { TaxonomyTable } from './taxonomy-table';
import { VersionStatusBadge } from './version-status-badge';
import shared from './policies.module.css';
import styles from './policy-detail.module.css';

/** The policy's versions on the side, and the one in force; the mutations that add or change a version return them. */
export const PolicyVersions_policy = graphql(`
  fragment PolicyVersions_policy on Policy {
    id
    currentVersion {
      id
    }
    versions {
      id
      number
      status
      effectiveDate
      changeSummary
    }
  }
`);

export const PolicyDetailQuery = graphql(`
  query PolicyDetail($id: ID!) {
    policy(id: $id) {
      id
      key
      title
      area
      description
      ...PolicyVersions_policy @unmask
    }
  }
`);

export const PolicyVersionQuery = graphql(`
  query PolicyVersion($id: ID!, $withReport: Boolean!) {
    policyVersion(id: $id) {
      id
      number
      status
      effectiveDate
      body
      changeSummary
      publishedAt
      retiredAt
      publishedBy {
        id
        name
      }
      ...TaxonomyTable_version
      ...FaqSection_version
      ...MyAcknowledgement_version
      ...AcknowledgementReport_version @include(if: $withReport)
    }
  }
`);

/** A policy: its versions on the side, and the chosen one (by default the one in force) in full. */
export function PolicyDetailPage() {
  const { t } = useTranslation();
  const { policyId = '' } = useParams();
  const [params] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(PolicyDetailQuery, { variables: { id: policyId } });
  const policy = data?.policy;
  const versionId = params.get('version') ?? policy?.currentVersion?.id ?? policy?.versions[0]?.id ?? null;

  return (
    <Page width="md">
      <DocumentTitle title={policy?.title ?? t('policies.list.title')} />
      <header className={shared.header}>
        <div className={shared.headerText}>
          <p className={shared.breadcrumb}>
            <Link to="/policies">{t('policies.list.title')}</Link>
          </p>
          <h1 className={shared.title}>{policy?.title ?? t('policies.detail.loadingTitle')}</h1>
          {policy ? (
            <BadgeRow as="p">
              <span className={`${shared.badge} ${shared.badgeArea}`}>{t(`policies.areas.${policy.area}`)}</span>
              <code className={shared.code}>{policy.key}</code>
            </BadgeRow>
          ) : null}
          {policy?.description ? <p className={shared.lead}>{policy.description}</p> : null}
        </div>
        {policy && policy.versions.length > 1 ? (
          <Link className="button button-secondary" to={`/policies/${policy.id}/compare`}>
            {t('policies.detail.compare')}
          </Link>
        ) : null}
      </header>
      <QueryState
        loading={loading && !data}
        error={error}
        loadingLabel={t('policies.detail.loading')}
        errorTitle={t('policies.detail.loadFailed')}
        onRetry={() => void refetch()}
      />
      {policy ? (
        <div className={styles.detail}>
          <nav aria-label={t('policies.detail.versions')}>
            <h2 className={`${shared.cardTitle} visually-hidden`}>{t('policies.detail.versions')}</h2>
            <ul role="list" className={styles.versionList}>
              {policy.versions.map((version) => (
                <li key={version.id}>
                  <Link
                    to={`/policies/${policy.id}?version=${version.id}`}
                    className={`${styles.versionLink} ${version.id === versionId ? styles.versionLinkActive : ''}`}
                    aria-current={version.id === versionId ? 'page' : undefined}
                  >
                    <span className={styles.versionLinkTop}>
                      {t('policies.version', { number: version.number })}
                      <VersionStatusBadge status={version.status} />
                    </span>
                    {version.changeSummary ? (
                      <span className={`${shared.small} ${shared.muted}`}>{version.changeSummary}</span>
                    ) : null}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {versionId ? (
            <VersionView key={versionId} versionId={versionId} policyId={policy.id} versions={policy.versions} />
          ) : (
            <p className={shared.muted}>{t('policies.detail.noVersions')}</p>
          )}
        </div>
      ) : null}
    </Page>
  );
}

type VersionSummary = { id: string; number: number; status: 'DRAFT' | 'PUBLISHED' | 'RETIRED' };

function VersionView(props: { versionId: string; policyId: string; versions: VersionSummary[] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const role = useViewerRole();
  const writer = canWritePolicies(role);
  const withReport = canReadAcknowledgements(role);
  const { data, loading, error, refetch } = useQuery(PolicyVersionQuery, {
    variables: { id: props.versionId, withReport },
    skip: role === null,
  });
  const [createDraft, drafting] = useCreatePolicyVersion();
  const [retire, retiring] = useRetirePolicyVersion();
  const version = data?.policyVersion;
  const draft = props.versions.find((v) => v.status === 'DRAFT');
  const previous = version ? props.versions.find((v) => v.number < version.number && v.status !== 'DRAFT') : undefined;

  if (error) return <ErrorAlert error={error} title={t('policies.detail.loadFailed')} onRetry={() => void refetch()} />;
  if (loading || !version) return <LoadingState label={t('policies.detail.loading')} />;

  async function startDraft() {
    const result = await createDraft({
      variables: { input: { policyId: props.policyId, baseVersionId: version!.id } },
    });
    const created = result.data?.createPolicyVersion.version;
    if (created) await navigate(`/policies/${props.policyId}/versions/${created.id}/edit`);
  }

  async function retireVersion() {
    if (!window.confirm(t('policies.detail.retireConfirm', { number: version!.number }))) return;
    // The answer carries the policy's versions and the one now in force.
    await retire({ variables: { input: { versionId: version!.id } } });
  }

  return (
    <div className={shared.stack}>
      <section className={shared.card} aria-labelledby="version-title">
        <div className={shared.cardHeader}>
          <h2 id="version-title" className={shared.cardTitle}>
            {t('policies.version', { number: version.number })} <VersionStatusBadge status={version.status} />
          </h2>
          <div className={shared.actions}>
            {previous ? (
              <Link
                className="button button-secondary"
                to={`/policies/${props.policyId}/compare?from=${previous.id}&to=${version.id}`}
              >
                {t('policies.detail.compareWith', { number: previous.number })}
              </Link>
            ) : null}
            {writer && version.status === 'DRAFT' ? (
              <Link className="button button-primary" to={`/policies/${props.policyId}/versions/${version.id}/edit`}>
                {t('policies.detail.editDraft')}
              </Link>
            ) : null}
            {writer && version.status !== 'DRAFT' && !draft ? (
              <button
                type="button"
                className="button button-primary"
                disabled={drafting.loading}
                onClick={() => void startDraft()}
              >
                {t('policies.detail.newDraft')}
              </button>
            ) : null}
            {writer && version.status === 'PUBLISHED' ? (
              <button
                type="button"
                className="button button-secondary"
                disabled={retiring.loading}
                onClick={() => void retireVersion()}
              >
                {t('policies.detail.retire')}
              </button>
            ) : null}
          </div>
        </div>
        {drafting.error ? <ErrorAlert error={drafting.error} title={t('policies.detail.newDraftFailed')} /> : null}
        {retiring.error ? <ErrorAlert error={retiring.error} title={t('policies.detail.retireFailed')} /> : null}
        <dl className={styles.facts}>
          <div>
            <dt>{t('policies.detail.effectiveDate')}</dt>
            <dd>{version.effectiveDate ? formatLocalDate(version.effectiveDate, i18n.language) : '—'}</dd>
          </div>
          {version.publishedAt ? (
            <div>
              <dt>{t('policies.detail.published')}</dt>
              <dd>
                {t('policies.detail.publishedBy', {
                  date: formatDateTime(version.publishedAt, i18n.language),
                  name: version.publishedBy?.name ?? '—',
                })}
              </dd>
            </div>
          ) : null}
          {version.retiredAt ? (
            <div>
              <dt>{t('policies.detail.retired')}</dt>
              <dd>{formatDateTime(version.retiredAt, i18n.language)}</dd>
            </div>
          ) : null}
        </dl>
        {version.changeSummary ? (
          <div>
            <h3 className={`${shared.small} ${shared.muted}`}>{t('policies.detail.changeSummary')}</h3>
            <p>{version.changeSummary}</p>
          </div>
        ) : null}
        <MyAcknowledgement version={version} />
      </section>

      <section className={shared.card} aria-labelledby="body-title">
        <h2 id="body-title" className={shared.cardTitle}>
          {t('policies.detail.body')}
        </h2>
        {version.body.trim() ? (
          <Markdown>{version.body}</Markdown>
        ) : (
          <p className={shared.muted}>{t('policies.detail.noBody')}</p>
        )}
      </section>

      <TaxonomyTable version={version} />
      <FaqSection version={version} canEdit={writer && version.status !== 'RETIRED'} />
      {withReport && version.status !== 'DRAFT' ? <AcknowledgementReport version={version} /> : null}
    </div>
  );
}
