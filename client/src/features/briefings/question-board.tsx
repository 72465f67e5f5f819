import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/card';
import { getFragmentData } from '../../gql';
import { AskForm } from './ask-form';
import type { RoomBriefing } from './room-briefing';
import { QuestionCard_question } from './question-card';
import { QuestionCard, type CardQuestion } from './question-card';
import { visibleQuestions, type QuestionOrder } from './question-order';
import { useQuestionArrangement } from './use-question-arrangement';
import shared from './briefings.module.css';
import styles from './questions.module.css';

type Filter = 'ALL' | 'OPEN' | 'ANSWERED' | 'DISMISSED';

/**
 * The Q&A thread. Live changes update counts and states in place; new questions are
 * announced above the list and shown, with a re-sort, when the reader asks, so nothing
 * moves under their cursor. After the briefing the list starts on the open questions.
 */
export function QuestionBoard({ briefing }: { briefing: RoomBriefing }) {
  const { t } = useTranslation();
  const [order, setOrder] = useState<QuestionOrder>('TOP');
  const [filter, setFilter] = useState<Filter>(briefing.status === 'ENDED' ? 'OPEN' : 'ALL');
  const edges = briefing.questions.edges;
  const questions = useMemo(
    () =>
      visibleQuestions(
        edges.map((edge) => getFragmentData(QuestionCard_question, edge.node)),
        briefing.canPresent,
      ),
    [edges, briefing.canPresent],
  );
  const arrangement = useQuestionArrangement<CardQuestion>(questions, order);
  const matches = (question: CardQuestion) => filter === 'ALL' || question.status === filter;
  const shown = arrangement.shown.filter(matches);
  const fresh = arrangement.fresh.length;

  return (
    <Card
      title={briefing.status === 'ENDED' ? t('briefings.qa.followUpTitle') : t('briefings.qa.title')}
      note={t('briefings.qa.count', { count: questions.length })}
      testId="qa"
    >
      {!briefing.threadClosed && !briefing.canPresent ? (
        <AskForm briefingId={briefing.id} onAsked={arrangement.reveal} />
      ) : null}
      {briefing.threadClosed ? <p className={shared.muted}>{t('briefings.qa.closed')}</p> : null}
      <div className={styles.toolbar}>
        <div className={styles.segmented} role="group" aria-label={t('briefings.qa.orderLabel')}>
          {(['TOP', 'RECENT'] as const).map((value) => (
            <button key={value} type="button" aria-pressed={order === value} onClick={() => setOrder(value)}>
              {t(`briefings.qa.order.${value}`)}
            </button>
          ))}
        </div>
        <label className={shared.check}>
          {t('briefings.qa.filterLabel')}
          <select
            className={shared.select}
            value={filter}
            onChange={(event) => setFilter(event.target.value as Filter)}
          >
            {(['ALL', 'OPEN', 'ANSWERED', 'DISMISSED'] as const).map((value) => (
              <option key={value} value={value}>
                {t(`briefings.qa.filter.${value}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div role="status" aria-live="polite">
        {fresh > 0 ? (
          <p className={shared.announce} data-testid="new-questions">
            {t('briefings.qa.newQuestions', { count: fresh })}
            <button type="button" className="button button-secondary" onClick={arrangement.showAll}>
              {t('briefings.qa.show')}
            </button>
          </p>
        ) : arrangement.stale ? (
          <p className={shared.announce} data-testid="order-changed">
            {t('briefings.qa.orderChanged')}
            <button type="button" className="button button-secondary" onClick={arrangement.showAll}>
              {t('briefings.qa.resort')}
            </button>
          </p>
        ) : null}
      </div>
      {briefing.questions.pageInfo.hasNextPage ? (
        <p className={shared.muted}>
          {t('briefings.qa.truncated', { shown: edges.length, count: briefing.questions.totalCount })}
        </p>
      ) : null}
      {shown.length === 0 ? (
        <p className={shared.muted}>{questions.length === 0 ? t('briefings.qa.empty') : t('briefings.qa.noneMatch')}</p>
      ) : (
        <ol role="list" className={styles.questions} aria-label={t('briefings.qa.listLabel')}>
          {shown.map((question) => (
            <QuestionCard key={question.id} question={question} briefing={briefing} />
          ))}
        </ol>
      )}
    </Card>
  );
}
