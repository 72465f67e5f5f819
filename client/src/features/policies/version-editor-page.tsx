import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert } from '../../components/alert';
import { DocumentTitle } from '../../components/document-title';
import { ErrorAlert } from '../../components/error-alert';
import { Markdown } from '../../components/markdown';
import { Page } from '../../components/page';
import { QueryState } from '../../components/query-state';
import { graphql } from '../../gql';
import type { VersionEditorQuery as VersionEditorData } from '../../gql/graphql';
import { useViewerRole } from '../../lib/viewer-role';
import { fromLabels, publishProblems, saveProblems, toLabelInputs, type Draft, type Problem } from './draft-rules';
import { useDiscardDraft, usePublishDraft, useSaveDraft } from './policy-mutations';
import { canWritePolicies } from './policy-roles';
import { TaxonomyEditor } from './taxonomy-editor';
import { VersionStatusBadge } from './version-status-badge';
import shared from './policies.module.css';
import styles from './version-editor.module.css';

export const VersionEditorQuery = graphql(`
  query VersionEditor($id: ID!) {
    policyVersion(id: $id) {
      id
      number
      status
      body
      changeSummary
      effectiveDate
      labels {
        key
        name
        description
        severity
      }
      policy {
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
  }
`);

/** Edits a draft version: its text (with a preview), summary, effective date and taxonomy; publishes it. */
export function VersionEditorPage() {
  const { t } = useTranslation();
  const { versionId = '' } = useParams();
  const role = useViewerRole();
  const { data, loading, error, refetch } = useQuery(VersionEditorQuery, { variables: { id: versionId } });
  const version = data?.policyVersion;

  return (
    <Page width="md">
      <DocumentTitle title={t('policies.editor.documentTitle')} />
      <QueryState
        loading={loading && !data}
        error={error}
        loadingLabel={t('policies.detail.loading')}
        errorTitle={t('policies.detail.loadFailed')}
        onRetry={() => void refetch()}
      />
      {version && role !== null && !canWritePolicies(role) ? <Alert tone="error">{t('errors.forbidden')}</Alert> : null}
      {version && canWritePolicies(role) ? <Editor key={version.id} version={version} /> : null}
    </Page>
  );
}

function Editor({ version }: { version: VersionEditorData['policyVersion'] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const initial: Draft = {
    body: version.body,
    changeSummary: version.changeSummary,
    effectiveDate: version.effectiveDate ?? '',
    labels: fromLabels(version.labels),
  };
  const [draft, setDraft] = useState<Draft>(initial);
  const [saved, setSaved] = useState<Draft>(initial);
  const [showProblems, setShowProblems] = useState<'save' | 'publish' | null>(null);
  const [preview, setPreview] = useState(true);
  const [save, saving] = useSaveDraft();
  const [publish, publishing] = usePublishDraft();
  const [discard, discarding] = useDiscardDraft();
  const policy = version.policy;
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const problems: Problem[] =
    showProblems === 'publish' ? publishProblems(draft) : showProblems === 'save' ? saveProblems(draft) : [];
  const busy = saving.loading || publishing.loading || discarding.loading;
  const problemsRef = useRef<HTMLDivElement>(null);
  // The list of problems appears far from the buttons: bring it into view and focus.
  useEffect(() => {
    if (showProblems) problemsRef.current?.focus();
  }, [showProblems]);

  if (version.status !== 'DRAFT') {
    return (
      <Alert tone="info" title={t('policies.editor.notDraftTitle', { number: version.number })}>
        <p>{t('policies.editor.notDraft')}</p>
        <p>
          <Link to={`/policies/${policy.id}?version=${version.id}`}>{t('policies.editor.backToVersion')}</Link>
        </p>
      </Alert>
    );
  }

  async function saveDraft(): Promise<boolean> {
    if (saveProblems(draft).length > 0) {
      setShowProblems('save');
      return false;
    }
    setShowProblems(null);
    await save({
      variables: {
        input: {
          versionId: version.id,
          body: draft.body,
          changeSummary: draft.changeSummary,
          effectiveDate: draft.effectiveDate || null,
          labels: toLabelInputs(draft.labels),
        },
      },
    });
    setSaved(draft);
    return true;
  }

  async function publishDraft() {
    if (publishProblems(draft).length > 0) return setShowProblems('publish');
    if (!window.confirm(t('policies.editor.publishConfirm', { number: version.number }))) return;
    if (dirty && !(await saveDraft())) return;
    await publish({ variables: { input: { versionId: version.id } } });
    const previous = policy.versions.find((v) => v.number < version.number && v.status !== 'DRAFT');
    await navigate(
      previous
        ? `/policies/${policy.id}/compare?from=${previous.id}&to=${version.id}`
        : `/policies/${policy.id}?version=${version.id}`,
    );
  }

  async function discardDraft() {
    if (!window.confirm(t('policies.editor.discardConfirm', { number: version.number }))) return;
    await discard({ variables: { input: { versionId: version.id } } });
    await navigate(`/policies/${policy.id}`);
  }

  return (
    <form
      className={shared.stack}
      onSubmit={(event) => {
        event.preventDefault();
        void saveDraft().catch(() => {});
      }}
      noValidate
    >
      <header className={shared.header}>
        <div className={shared.headerText}>
          <p className={shared.breadcrumb}>
            <Link to="/policies">{t('policies.list.title')}</Link> ›{' '}
            <Link to={`/policies/${policy.id}`}>{policy.title}</Link>
          </p>
          <h1 className={shared.title}>
            {t('policies.editor.title', { number: version.number })} <VersionStatusBadge status="DRAFT" />
          </h1>
          <p className={shared.lead}>{t('policies.editor.lead')}</p>
        </div>
      </header>

      <section className={shared.card} aria-labelledby="details-title">
        <h2 id="details-title" className={shared.cardTitle}>
          {t('policies.editor.details')}
        </h2>
        <div className={shared.filters}>
          <label className={shared.fieldLabel}>
            {t('policies.detail.effectiveDate')}
            <input
              className="input"
              type="date"
              value={draft.effectiveDate}
              onChange={(e) => set({ effectiveDate: e.target.value })}
            />
          </label>
        </div>
        <label className={shared.fieldLabel}>
          {t('policies.detail.changeSummary')}
          <span className={styles.fieldHint}>{t('policies.editor.changeSummaryHint')}</span>
          <textarea
            className={shared.textarea}
            value={draft.changeSummary}
            onChange={(e) => set({ changeSummary: e.target.value })}
          />
        </label>
      </section>

      <section className={shared.card} aria-labelledby="text-title">
        <div className={shared.cardHeader}>
          <h2 id="text-title" className={shared.cardTitle}>
            {t('policies.detail.body')}
          </h2>
          <label className={shared.small}>
            <input type="checkbox" checked={preview} onChange={(e) => setPreview(e.target.checked)} />{' '}
            {t('policies.editor.showPreview')}
          </label>
        </div>
        <div className={styles.editorGrid}>
          <label className={shared.fieldLabel}>
            <span className="visually-hidden">{t('policies.editor.bodyLabel')}</span>
            <span className={styles.fieldHint}>{t('policies.editor.bodyHint')}</span>
            <textarea
              className={styles.bodyInput}
              value={draft.body}
              onChange={(e) => set({ body: e.target.value })}
              spellCheck
            />
          </label>
          {preview ? (
            <div className={styles.preview} aria-label={t('policies.editor.preview')}>
              {draft.body.trim() ? (
                <Markdown>{draft.body}</Markdown>
              ) : (
                <p className={shared.muted}>{t('policies.detail.noBody')}</p>
              )}
            </div>
          ) : null}
        </div>
      </section>

      <section className={shared.card} aria-labelledby="taxonomy-edit-title">
        <div className={shared.cardHeader}>
          <h2 id="taxonomy-edit-title" className={shared.cardTitle}>
            {t('policies.taxonomy.title')}
          </h2>
          <span className={`${shared.small} ${shared.muted}`}>{t('policies.editor.taxonomyHint')}</span>
        </div>
        <TaxonomyEditor labels={draft.labels} onChange={(labels) => set({ labels })} />
      </section>

      {problems.length > 0 ? (
        <div ref={problemsRef} tabIndex={-1}>
          <Alert
            tone="error"
            title={showProblems === 'publish' ? t('policies.editor.cannotPublish') : t('policies.editor.cannotSave')}
          >
            <ul className={styles.problems}>
              {problems.map((problem, i) => (
                <li key={i}>{t(`policies.problems.${problem.key}`, problem.values)}</li>
              ))}
            </ul>
          </Alert>
        </div>
      ) : null}
      {saving.error ? <ErrorAlert error={saving.error} title={t('policies.editor.saveFailed')} /> : null}
      {publishing.error ? <ErrorAlert error={publishing.error} title={t('policies.editor.publishFailed')} /> : null}
      {discarding.error ? <ErrorAlert error={discarding.error} title={t('policies.editor.discardFailed')} /> : null}

      <div className={styles.stickyActions}>
        <span className={styles.savedNote} role="status">
          {saving.loading
            ? t('policies.editor.saving')
            : dirty
              ? t('policies.editor.unsaved')
              : t('policies.editor.saved')}
        </span>
        <button
          type="button"
          className="button button-ghost"
          disabled={busy}
          onClick={() => void discardDraft().catch(() => {})}
        >
          {t('policies.editor.discard')}
        </button>
        <button type="submit" className="button button-secondary" disabled={busy || !dirty}>
          {t('policies.editor.save')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => void publishDraft().catch(() => {})}
        >
          {t('policies.editor.publish')}
        </button>
      </div>
    </form>
  );
}
