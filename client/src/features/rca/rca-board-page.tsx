import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Card } from '../../components/card';
import { ErrorAlert } from '../../components/error-alert';
import { Page, PageHeader } from '../../components/page';
import { QueryState } from '../../components/query-state';
import { StatusBadge } from '../../components/status-badge';
import { DocumentTitle } from '../../components/document-title';
import { graphql } from '../../gql';
import type { ErrorCategory, RcaBoardQuery, RcaState, RootCause } from '../../gql/graphql';
import { EffectPicture } from './effect-picture';
import { LinkedAudits } from './linked-audits';
import { localDay } from '../../lib/format';
import { byState, sortActionItems } from './overdue';
import forms from '../../components/form.module.css';
import { ERROR_CATEGORIES } from '../../lib/error-categories';
import { canAudit, canLeadQuality } from '../../lib/roles';
import styles from './rca.module.css';

export const RcaBoardQueryDocument = graphql(`
  query RcaBoard {
    me {
      id
      role
    }
    # 40: with each card's linked audits and cases the board's estimated cost must stay
    # under the server's limit (at the list's default of 50 it was 104,610 of 100,000).
    rcaEscalations(first: 40) {
      id
      title
      description
      state
      origin
      rootCause
      errorCategory
      queue
      createdAt
      startedAt
      resolvedAt
      resolutionNote
      market {
        id
        code
      }
      policy {
        id
        title
      }
      team {
        id
        name
      }
      owner {
        id
        name
      }
      filedBy {
        id
        name
      }
      linkedAudits {
        id
        ...RcaAuditRow
      }
      # Only counted: as many as the server gives (its cap: 200).
      linkedCases(first: 200) {
        id
      }
      actionItems {
        id
        title
        dueDate
        status
        overdue
        owner {
          id
          name
        }
      }
      effectiveness(weeks: 4) {
        weeks
        change
        before {
          audits
          errors
          rate
          complete
        }
        after {
          audits
          errors
          rate
          complete
        }
      }
    }
    markets {
      id
      code
      name
    }
    teams {
      id
      name
    }
    policies {
      id
      title
    }
    caseQueues
    users(page: { first: 200 }) {
      edges {
        node {
          id
          name
          role
          active
        }
      }
    }
  }
`);

export const OverdueActionItemsQuery = graphql(`
  query OverdueActionItems {
    overdueRcaActionItems {
      id
      title
      dueDate
      owner {
        id
        name
      }
      escalation {
        id
        title
      }
    }
  }
`);

export const CreateRcaEscalationMutation = graphql(`
  mutation CreateRcaEscalation($input: CreateRcaEscalationInput!) {
    createRcaEscalation(input: $input) {
      id
    }
  }
`);

export const StartRcaEscalationMutation = graphql(`
  mutation StartRcaEscalation($id: ID!) {
    startRcaEscalation(id: $id) {
      id
      state
    }
  }
`);

export const ResolveRcaEscalationMutation = graphql(`
  mutation ResolveRcaEscalation($input: ResolveRcaEscalationInput!) {
    resolveRcaEscalation(input: $input) {
      id
      state
    }
  }
`);

export const AddRcaActionItemMutation = graphql(`
  mutation AddRcaActionItem($input: AddRcaActionItemInput!) {
    addRcaActionItem(input: $input) {
      id
    }
  }
`);

export const SetRcaActionItemStatusMutation = graphql(`
  mutation SetRcaActionItemStatus($input: SetRcaActionItemStatusInput!) {
    setRcaActionItemStatus(input: $input) {
      id
      status
      overdue
    }
  }
`);

type Board = RcaBoardQuery;
type Escalation = Board['rcaEscalations'][number];

const STATES: readonly RcaState[] = ['OPEN', 'IN_PROGRESS', 'RESOLVED'];
const ROOT_CAUSES: readonly RootCause[] = ['POLICY_AMBIGUITY', 'TRAINING_GAP', 'TOOLING', 'MARKET_CONTEXT', 'PROCESS'];

/**
 * Root-cause analyses of error trends as a board: open, in progress, resolved. Each card
 * has its action items (overdue ones highlighted) and whether it worked: the error rate
 * of its category and scope before it was opened against after it was resolved.
 */
export function RcaBoardPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(RcaBoardQueryDocument, { fetchPolicy: 'cache-and-network' });
  const role = data?.me.role ?? null;
  const lead = canLeadQuality(role);
  const overdue = useQuery(OverdueActionItemsQuery, { skip: !lead, fetchPolicy: 'cache-and-network' });
  const creating = params.get('new') === '1';
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
  const setCreating = (on: boolean) => setParams(on ? { new: '1' } : {}, { replace: true });
  const reload = () => {
    void refetch();
    if (lead) void overdue.refetch();
  };

  return (
    <Page width="lg">
      <DocumentTitle title={t('audits.rca.title')} />
      <PageHeader
        title={t('audits.rca.title')}
        lead={t('audits.rca.lead')}
        actions={
          canAudit(role) && !creating ? (
            <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
              {t('audits.rca.new')}
            </button>
          ) : null
        }
      />
      <QueryState
        loading={loading}
        error={error}
        hasData={Boolean(data)}
        loadingLabel={t('audits.rca.loading')}
        errorTitle={t('audits.rca.loadFailed')}
        onRetry={reload}
      />
      {data && creating ? (
        <NewEscalationForm
          board={data}
          preset={{
            errorCategory: (params.get('category') as ErrorCategory | null) ?? '',
            marketId: params.get('marketId') ?? '',
            fromTrend: params.get('category') !== null,
          }}
          onDone={() => {
            setCreating(false);
            reload();
          }}
        />
      ) : null}
      {lead && overdue.data && overdue.data.overdueRcaActionItems.length > 0 ? (
        <Card
          title={t('audits.rca.overdueTitle', { count: overdue.data.overdueRcaActionItems.length })}
          titleId="rca-overdue"
          testId="rca-overdue"
        >
          <ul role="list" className={styles.actionItems}>
            {overdue.data.overdueRcaActionItems.map((item) => (
              <li key={item.id} className={styles.actionItem} data-overdue="true">
                <strong>{item.title}</strong>
                <span className={styles.small}>
                  {item.escalation.title} · {item.owner?.name ?? '—'} ·{' '}
                  <span className={styles.overdueText}>
                    {t('audits.rca.dueOn', { date: day.format(new Date(`${item.dueDate}T00:00:00Z`)) })}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {data ? (
        <div className={styles.board}>
          {byState(data.rcaEscalations, STATES).map((column) => (
            <section
              key={column.state}
              className={styles.column}
              aria-labelledby={`rca-${column.state}`}
              data-testid={`rca-column-${column.state}`}
            >
              <h2 id={`rca-${column.state}`} className={styles.columnTitle}>
                <span>{t(`audits.rca.state.${column.state}`)}</span>
                <span className={styles.count}>{column.items.length}</span>
              </h2>
              {column.items.length === 0 ? (
                <p className={`${styles.small} ${styles.muted}`}>{t('audits.rca.none')}</p>
              ) : null}
              {column.items.map((escalation) => (
                <EscalationCard key={escalation.id} escalation={escalation} board={data} onChanged={reload} />
              ))}
            </section>
          ))}
        </div>
      ) : null}
    </Page>
  );
}

function scopeText(escalation: Escalation): string {
  return [escalation.market?.code, escalation.queue, escalation.policy?.title, escalation.team?.name]
    .filter(Boolean)
    .join(' · ');
}

function EscalationCard({
  escalation,
  board,
  onChanged,
}: {
  escalation: Escalation;
  board: Board;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const role = board.me.role;
  const lead = canLeadQuality(role);
  const [start, starting] = useMutation(StartRcaEscalationMutation);
  const [resolve, resolving] = useMutation(ResolveRcaEscalationMutation);
  const [setStatus, setting] = useMutation(SetRcaActionItemStatusMutation);
  const [note, setNote] = useState('');
  const [resolvingOpen, setResolvingOpen] = useState(false);
  const [adding, setAdding] = useState(false);
  const today = localDay(new Date());
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateOf = (value: string) => day.format(new Date(`${value}T00:00:00Z`));
  const items = sortActionItems(escalation.actionItems);
  const openItems = items.filter((item) => item.status === 'OPEN').length;
  const failure = starting.error ?? resolving.error ?? setting.error;

  async function submitResolve(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!note.trim()) return;
    try {
      await resolve({ variables: { input: { escalationId: escalation.id, note: note.trim() } } });
      onChanged();
    } catch {
      // Shown from `failure`.
    }
  }

  return (
    <article className={styles.row} aria-labelledby={`${id}-title`} data-testid="rca-card">
      <div className={forms.form}>
        <h3 id={`${id}-title`} className={styles.rowTitle}>
          {escalation.title}
        </h3>
        <div className={styles.badgeRow}>
          <StatusBadge tone="info">{t(`audits.rca.rootCause.${escalation.rootCause}`)}</StatusBadge>
          {escalation.errorCategory ? (
            <StatusBadge tone="bad">{t(`audits.errorCategory.${escalation.errorCategory}`)}</StatusBadge>
          ) : null}
          {escalation.origin === 'ERROR_TREND' ? <StatusBadge>{t('audits.rca.fromTrend')}</StatusBadge> : null}
        </div>
        {scopeText(escalation) ? <p className={`${styles.small} ${styles.muted}`}>{scopeText(escalation)}</p> : null}
        {escalation.description ? <p className={styles.small}>{escalation.description}</p> : null}
        {escalation.owner || escalation.linkedCases.length > 0 ? (
          <p className={`${styles.small} ${styles.muted}`}>
            {[
              escalation.owner ? t('audits.rca.ownedBy', { name: escalation.owner.name }) : null,
              escalation.linkedCases.length > 0
                ? t('audits.rca.linkedCases', { count: escalation.linkedCases.length })
                : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        ) : null}
      </div>
      <LinkedAudits escalation={escalation} canLink={canAudit(role)} onChanged={onChanged} />
      <div className={forms.form}>
        <h4 className={styles.small}>{t('audits.rca.actionItems', { count: items.length })}</h4>
        {items.length > 0 ? (
          <ul role="list" className={styles.actionItems}>
            {items.map((item) => {
              const late = item.overdue || (item.status === 'OPEN' && item.dueDate < today);
              return (
                <li key={item.id} className={styles.actionItem} data-overdue={late} data-testid="rca-action-item">
                  <span>
                    {item.status !== 'OPEN' ? (
                      <span aria-hidden="true">{item.status === 'DONE' ? '✓ ' : '– '}</span>
                    ) : null}
                    {item.title}
                  </span>
                  <span className={styles.small}>
                    {item.owner?.name ?? '—'} · {t('audits.rca.dueOn', { date: dateOf(item.dueDate) })}
                    {late ? <span className={styles.overdueText}> · {t('audits.rca.overdue')}</span> : null}
                    {item.status !== 'OPEN' ? ` · ${t(`audits.rca.itemStatus.${item.status}`)}` : null}
                  </span>
                  {item.status === 'OPEN' && (lead || item.owner?.id === board.me.id) ? (
                    <span className={forms.actions}>
                      <button
                        type="button"
                        className="button button-ghost"
                        disabled={setting.loading}
                        onClick={() =>
                          void setStatus({ variables: { input: { actionItemId: item.id, status: 'DONE' } } })
                            .then(onChanged)
                            .catch(() => undefined)
                        }
                      >
                        {t('audits.rca.markDone')}
                      </button>
                      <button
                        type="button"
                        className="button button-ghost"
                        disabled={setting.loading}
                        onClick={() =>
                          void setStatus({ variables: { input: { actionItemId: item.id, status: 'DROPPED' } } })
                            .then(onChanged)
                            .catch(() => undefined)
                        }
                      >
                        {t('audits.rca.drop')}
                      </button>
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        ) : null}
        {escalation.state !== 'RESOLVED' && canAudit(role) ? (
          adding ? (
            <ActionItemForm
              escalationId={escalation.id}
              board={board}
              onDone={() => {
                setAdding(false);
                onChanged();
              }}
            />
          ) : (
            <button type="button" className="button button-secondary" onClick={() => setAdding(true)}>
              {t('audits.rca.addItem')}
            </button>
          )
        ) : null}
      </div>
      <EffectPicture
        weeks={escalation.effectiveness.weeks}
        before={escalation.effectiveness.before}
        after={escalation.effectiveness.after}
      />
      {escalation.resolutionNote ? <p className={styles.feedback}>{escalation.resolutionNote}</p> : null}
      {failure ? <ErrorAlert error={failure} title={t('audits.rca.actionFailed')} /> : null}
      {lead && escalation.state === 'OPEN' ? (
        <button
          type="button"
          className="button button-primary"
          disabled={starting.loading}
          onClick={() =>
            void start({ variables: { id: escalation.id } })
              .then(onChanged)
              .catch(() => undefined)
          }
        >
          {t('audits.rca.start')}
        </button>
      ) : null}
      {lead && escalation.state === 'IN_PROGRESS' ? (
        resolvingOpen ? (
          <form className={forms.form} onSubmit={(event) => void submitResolve(event)}>
            <label className={forms.field}>
              {t('audits.rca.resolutionNote')}
              <textarea className="input" value={note} required onChange={(e) => setNote(e.target.value)} />
            </label>
            <div className={forms.actions}>
              <button type="submit" className="button button-primary" disabled={resolving.loading || !note.trim()}>
                {t('audits.rca.resolve')}
              </button>
              <button type="button" className="button button-secondary" onClick={() => setResolvingOpen(false)}>
                {t('audits.plans.cancel')}
              </button>
            </div>
          </form>
        ) : (
          <div className={forms.actions}>
            <button
              type="button"
              className="button button-primary"
              disabled={openItems > 0}
              onClick={() => setResolvingOpen(true)}
            >
              {t('audits.rca.resolve')}
            </button>
            {openItems > 0 ? (
              <span className={`${styles.small} ${styles.muted}`}>
                {t('audits.rca.openItemsLeft', { count: openItems })}
              </span>
            ) : null}
          </div>
        )
      ) : null}
    </article>
  );
}

function ActionItemForm({ escalationId, board, onDone }: { escalationId: string; board: Board; onDone: () => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [ownerId, setOwnerId] = useState(board.me.id);
  const [dueDate, setDueDate] = useState(() => localDay(new Date(Date.now() + 7 * 86_400_000)));
  const [add, adding] = useMutation(AddRcaActionItemMutation);
  const users = board.users.edges.map((edge) => edge.node).filter((user) => user.active);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!title.trim() || !ownerId || !dueDate) return;
    try {
      await add({ variables: { input: { escalationId, title: title.trim(), ownerId, dueDate } } });
      onDone();
    } catch {
      // Shown from `adding.error`.
    }
  }

  return (
    <form className={forms.form} onSubmit={(event) => void submit(event)}>
      <label className={forms.field}>
        {t('audits.rca.itemTitle')}
        <input className="input" value={title} required onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label className={forms.field}>
        {t('audits.rca.itemOwner')}
        <select className="select" value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
          {users.map((user) => (
            <option key={user.id} value={user.id}>
              {user.name} ({t(`roles.${user.role}`)})
            </option>
          ))}
        </select>
      </label>
      <label className={forms.field}>
        {t('audits.rca.itemDue')}
        <input type="date" className="input" value={dueDate} required onChange={(e) => setDueDate(e.target.value)} />
      </label>
      {adding.error ? <ErrorAlert error={adding.error} title={t('audits.rca.actionFailed')} /> : null}
      <div className={forms.actions}>
        <button type="submit" className="button button-primary" disabled={adding.loading || !title.trim()}>
          {t('audits.rca.addItem')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('audits.plans.cancel')}
        </button>
      </div>
    </form>
  );
}

function NewEscalationForm({
  board,
  preset,
  onDone,
}: {
  board: Board;
  preset: { errorCategory: ErrorCategory | ''; marketId: string; fromTrend: boolean };
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [rootCause, setRootCause] = useState<RootCause>('POLICY_AMBIGUITY');
  const [errorCategory, setErrorCategory] = useState<ErrorCategory | ''>(
    ERROR_CATEGORIES.includes(preset.errorCategory as ErrorCategory) ? preset.errorCategory : '',
  );
  const [marketId, setMarketId] = useState(preset.marketId);
  const [queue, setQueue] = useState('');
  const [policyId, setPolicyId] = useState('');
  const [teamId, setTeamId] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [create, creation] = useMutation(CreateRcaEscalationMutation);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const bad = title.trim().length < 3;
    setInvalid(bad);
    if (bad) return;
    try {
      await create({
        variables: {
          input: {
            title: title.trim(),
            description: description.trim(),
            rootCause,
            // Filed from a trend keeps the trend's figures; that needs an error category.
            origin: preset.fromTrend && errorCategory ? 'ERROR_TREND' : 'MANUAL',
            ...(errorCategory ? { errorCategory } : {}),
            scope: {
              ...(marketId ? { marketId } : {}),
              ...(queue ? { queue } : {}),
              ...(policyId ? { policyId } : {}),
              ...(teamId ? { teamId } : {}),
            },
          },
        },
      });
      onDone();
    } catch {
      // Shown from `creation.error`.
    }
  }

  return (
    <Card title={preset.fromTrend ? t('audits.rca.newFromTrend') : t('audits.rca.new')} titleId={`${id}-title`}>
      <form className={forms.form} onSubmit={(event) => void submit(event)} noValidate>
        <label className={forms.field}>
          {t('audits.rca.fields.title')}
          <input
            className="input"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            aria-invalid={invalid}
            aria-describedby={invalid ? `${id}-error` : undefined}
          />
          {invalid ? (
            <span id={`${id}-error`} className={styles.incorrect} role="alert">
              {t('audits.rca.errors.title')}
            </span>
          ) : null}
        </label>
        <div className={forms.formRow}>
          <label className={forms.field}>
            {t('audits.rca.fields.rootCause')}
            <select className="select" value={rootCause} onChange={(e) => setRootCause(e.target.value as RootCause)}>
              {ROOT_CAUSES.map((cause) => (
                <option key={cause} value={cause}>
                  {t(`audits.rca.rootCause.${cause}`)}
                </option>
              ))}
            </select>
          </label>
          <label className={forms.field}>
            {t('audits.form.category')}
            <select
              className="select"
              value={errorCategory}
              onChange={(e) => setErrorCategory(e.target.value as ErrorCategory | '')}
            >
              <option value="">{t('audits.rca.allErrors')}</option>
              {ERROR_CATEGORIES.map((category) => (
                <option key={category} value={category}>
                  {t(`audits.errorCategory.${category}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <fieldset className={forms.fieldset}>
          <legend>{t('audits.rca.fields.scope')}</legend>
          <div className={forms.formRow}>
            <label className={forms.field}>
              {t('audits.fields.market')}
              <select className="select" value={marketId} onChange={(e) => setMarketId(e.target.value)}>
                <option value="">{t('audits.rca.any')}</option>
                {board.markets.map((market) => (
                  <option key={market.id} value={market.id}>
                    {market.code}
                  </option>
                ))}
              </select>
            </label>
            <label className={forms.field}>
              {t('audits.fields.queue')}
              <select className="select" value={queue} onChange={(e) => setQueue(e.target.value)}>
                <option value="">{t('audits.rca.any')}</option>
                {board.caseQueues.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
            <label className={forms.field}>
              {t('audits.quality.dimension.POLICY')}
              <select className="select" value={policyId} onChange={(e) => setPolicyId(e.target.value)}>
                <option value="">{t('audits.rca.any')}</option>
                {board.policies.map((policy) => (
                  <option key={policy.id} value={policy.id}>
                    {policy.title}
                  </option>
                ))}
              </select>
            </label>
            <label className={forms.field}>
              {t('audits.quality.dimension.TEAM')}
              <select className="select" value={teamId} onChange={(e) => setTeamId(e.target.value)}>
                <option value="">{t('audits.rca.any')}</option>
                {board.teams.map((team) => (
                  <option key={team.id} value={team.id}>
                    {team.name}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </fieldset>
        <label className={forms.field}>
          {t('audits.rca.fields.description')}
          <textarea className="input" value={description} onChange={(e) => setDescription(e.target.value)} />
        </label>
        {creation.error ? <ErrorAlert error={creation.error} title={t('audits.rca.createFailed')} /> : null}
        <div className={forms.actions}>
          <button type="submit" className="button button-primary" disabled={creation.loading}>
            {t('audits.rca.create')}
          </button>
          <button type="button" className="button button-secondary" onClick={onDone}>
            {t('audits.plans.cancel')}
          </button>
        </div>
      </form>
    </Card>
  );
}
