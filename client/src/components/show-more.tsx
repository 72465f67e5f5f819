import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './show-more.module.css';

/**
 * The server's cap on lists that grow with use (sessions, briefings, appeals, …): `first`
 * items, 50 unless asked, 200 at most (LIST_CAP in server/src/app/limits.ts).
 */
export const LIST_PAGE = 50;
export const LIST_MAX = 200;

/** How many items to ask for: a page more on each "show more", back to one page when `reset` changes. */
export function useListSize(reset: string = ''): { first: number; more: () => void } {
  const [state, setState] = useState({ reset, first: LIST_PAGE });
  const first = state.reset === reset ? state.first : LIST_PAGE;
  return { first, more: () => setState({ reset, first: Math.min(first + LIST_PAGE, LIST_MAX) }) };
}

/**
 * Under a capped list: a button for more while the server filled the page, and a note once the
 * cap itself is reached. Nothing when the list is shorter than what was asked (it is all there).
 */
export function ShowMore({
  shown,
  first,
  loading,
  onMore,
}: {
  shown: number;
  first: number;
  loading: boolean;
  onMore: () => void;
}) {
  const { t } = useTranslation();
  if (shown < first) return null;
  if (first >= LIST_MAX) return <p className={styles.capped}>{t('common.listCapped', { count: LIST_MAX })}</p>;
  return (
    <div className={styles.more}>
      <button type="button" className="button button-secondary" disabled={loading} onClick={onMore}>
        {t('common.showMore')}
      </button>
    </div>
  );
}
