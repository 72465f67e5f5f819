import { useQuery } from '@apollo/client/react';
import { useDeferredValue, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAddressParams } from '../../app/address-params';
import { Alert } from '../../components/alert';
import { DocumentTitle } from '../../components/document-title';
import { ErrorAlert } from '../../components/error-alert';
import { Page } from '../../components/page';
import { QueryState } from '../../components/query-state';
import { TextField } from '../../components/text-field';
import { BadgeRow } from '../../components/status-badge';
import { graphql } from '../../gql';
import type { PolicyArea } from '../../gql/graphql';
import { graphqlErrorCode } from '../../lib/error-message';
import { formatLocalDate } from '../../lib/format';
import { useViewerRole } from '../../lib/viewer-role';
import { useCreatePolicy } from './policy-mutations';
import { canWritePolicies } from './policy-roles';
import { VersionStatusBadge } from './version-status-badge';
import shared from './policies.module.css';
import styles from './policy-list.module.css';

export const POLICY_AREAS: readonly PolicyArea[] = [
  'BULLYING',
  'HATE_SPEECH',
  'CHILD_SAFETY',
  'SELF_HARM',
  'VIOLENCE',
  'ANIMAL_HARM',
  'ADULT_CONTENT',
  'MISINFORMATION',
  'OTHER',
];

/** A policy's entry in the list; the mutations that change it return it too. */
export const PolicyListRow_policy = graphql(`
  fragment PolicyListRow_policy on Policy {
    id
    key
    title
    area
    description
    currentVersion {
      id
      number
      effectiveDate
      labels {
        key
      }
    }
    versions {
      id
      number
      status
    }
  }
`);

export const PolicyListQuery = graphql(`
  query PolicyList($filter: PoliciesFilter) {
    policies(filter: $filter) {
      id
      ...PolicyListRow_policy @unmask
    }
  }
`);

/** Every policy, searchable by key or title and by area; policy owners start new ones here. */
export function PolicyListPage() {
  const { t, i18n } = useTranslation();
  const role = useViewerRole();
  const [params, updateParams] = useAddressParams();
  const search = params.get('q') ?? '';
  const area = (params.get('area') as PolicyArea | null) ?? null;
  const deferredSearch = useDeferredValue(search.trim());
  const { data, loading, error, refetch } = useQuery(PolicyListQuery, {
    variables: { filter: { search: deferredSearch || null, area } },
  });
  const setParam = (name: string, value: string) =>
    updateParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  return (
    <Page width="md">
      <DocumentTitle title={t('policies.list.title')} />
      <header className={shared.header}>
        <div className={shared.headerText}>
          <h1 className={shared.title}>{t('policies.list.title')}</h1>
          <p className={shared.lead}>{t('policies.list.lead')}</p>
        </div>
      </header>

      {canWritePolicies(role) ? <CreatePolicyCard /> : null}

      <div className={shared.filters} role="search">
        <TextField
          label={t('policies.list.search')}
          type="search"
          value={search}
          onChange={(event) => setParam('q', event.target.value)}
        />
        <label className={shared.fieldLabel}>
          {t('policies.list.area')}
          <select className="select" value={area ?? ''} onChange={(event) => setParam('area', event.target.value)}>
            <option value="">{t('policies.list.allAreas')}</option>
            {POLICY_AREAS.map((value) => (
              <option key={value} value={value}>
                {t(`policies.areas.${value}`)}
              </option>
            ))}
          </select>
        </label>
      </div>

      <QueryState
        loading={loading && !data}
        error={error}
        loadingLabel={t('policies.list.loading')}
        errorTitle={t('policies.list.loadFailed')}
        onRetry={() => void refetch()}
      />
      {data && data.policies.length === 0 ? <Alert tone="info">{t('policies.list.empty')}</Alert> : null}
      {data ? (
        <ul role="list" className={styles.policyGrid} aria-label={t('policies.list.title')}>
          {data.policies.map((policy) => {
            const draft = policy.versions.find((v) => v.status === 'DRAFT');
            const current = policy.currentVersion;
            return (
              <li key={policy.id}>
                <Link to={`/policies/${policy.id}`} className={styles.policyCard}>
                  <span className={styles.policyCardTitle}>{policy.title}</span>
                  <BadgeRow as="span">
                    <span className={`${shared.badge} ${shared.badgeArea}`}>{t(`policies.areas.${policy.area}`)}</span>
                    <code className={shared.code}>{policy.key}</code>
                    {draft ? <VersionStatusBadge status="DRAFT" /> : null}
                  </BadgeRow>
                  {policy.description ? <span className={shared.muted}>{policy.description}</span> : null}
                  <span className={`${shared.small} ${shared.muted}`}>
                    {current
                      ? t('policies.list.inForce', {
                          number: current.number,
                          date: current.effectiveDate ? formatLocalDate(current.effectiveDate, i18n.language) : '—',
                          count: current.labels.length,
                        })
                      : t('policies.list.noVersionInForce')}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      ) : null}
    </Page>
  );
}

/** Key, title and area; the policy starts with an empty draft, which opens in the editor. */
function CreatePolicyCard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [key, setKey] = useState('');
  const [title, setTitle] = useState('');
  const [area, setArea] = useState<PolicyArea>('OTHER');
  const [keyError, setKeyError] = useState<string | null>(null);
  const [create, { loading, error }] = useCreatePolicy();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!/^[a-z][a-z0-9-]{1,63}$/.test(key.trim())) return setKeyError(t('policies.create.keyInvalid'));
    setKeyError(null);
    try {
      const result = await create({ variables: { input: { key: key.trim(), title: title.trim(), area } } });
      const created = result.data?.createPolicy;
      if (created) await navigate(`/policies/${created.policy.id}/versions/${created.draft.id}/edit`);
    } catch (failure) {
      if (graphqlErrorCode(failure) === 'CONFLICT') setKeyError(t('policies.create.keyTaken'));
    }
  }

  if (!open) {
    return (
      <div>
        <button type="button" className="button button-primary" onClick={() => setOpen(true)}>
          {t('policies.create.open')}
        </button>
      </div>
    );
  }
  return (
    <section className={shared.card} aria-labelledby={titleId}>
      <h2 id={titleId} className={shared.cardTitle}>
        {t('policies.create.title')}
      </h2>
      <form className={shared.form} onSubmit={(event) => void submit(event)} noValidate>
        <div className={shared.filters}>
          <TextField
            label={t('policies.create.key')}
            value={key}
            error={keyError}
            onChange={(event) => setKey(event.target.value)}
            placeholder="hate-speech"
            autoComplete="off"
            required
          />
          <TextField
            label={t('policies.create.titleField')}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            required
          />
          <label className={shared.fieldLabel}>
            {t('policies.list.area')}
            <select className="select" value={area} onChange={(event) => setArea(event.target.value as PolicyArea)}>
              {POLICY_AREAS.map((value) => (
                <option key={value} value={value}>
                  {t(`policies.areas.${value}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        {error && graphqlErrorCode(error) !== 'CONFLICT' ? (
          <ErrorAlert error={error} title={t('policies.create.failed')} />
        ) : null}
        <div className={shared.actions}>
          <button type="submit" className="button button-primary" disabled={loading || !title.trim()}>
            {t('policies.create.submit')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
            {t('policies.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
