import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ItemStateBadge } from './session-badges';
import type { RoomItem } from './room-types';
import styles from './item-nav.module.css';
import room from './room.module.css';

type Props = {
  items: readonly RoomItem[];
  selectedId: string | null;
  currentId: string | null;
  onSelect: (id: string) => void;
  /** Voters may only look at items that have been opened. */
  openedOnly?: boolean;
};

const EXCERPT = 70;

function excerpt(text: string | null | undefined): string {
  if (!text) return '';
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text;
}

/** The session's items in order, with their states; choosing one shows it. */
export function ItemNav({ items, selectedId, currentId, onSelect, openedOnly }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <nav className={room.panel} aria-labelledby={titleId}>
      <h2 id={titleId} className={room.panelTitle}>
        {t('calibration.room.items', { count: items.length })}
      </h2>
      <ol role="list" className={styles.itemList}>
        {items.map((item) => {
          // A voter meets each case when the facilitator opens it, not before.
          const disabled = openedOnly && item.state === 'PENDING';
          return (
            <li key={item.id}>
              <button
                type="button"
                className={`${styles.itemLink} ${item.id === selectedId ? styles.itemLinkSelected : ''}`}
                aria-current={item.id === selectedId ? 'true' : undefined}
                disabled={disabled}
                onClick={() => onSelect(item.id)}
              >
                <span className={styles.itemNumber}>{item.position}</span>
                <span className={styles.itemExcerpt}>
                  {disabled
                    ? t('calibration.room.notOpened')
                    : excerpt(item.case.text) ||
                      t('calibration.room.itemOf', { position: item.position, total: items.length })}
                </span>
                <span className={styles.itemMeta}>
                  <ItemStateBadge state={item.state} />
                  {item.state === 'VOTING' ? (
                    <span className={styles.itemTally}>
                      {t('calibration.room.navTally', { voted: item.tally.voted, eligible: item.tally.eligible })}
                    </span>
                  ) : null}
                  {item.id === currentId ? (
                    <span className="visually-hidden">{t('calibration.room.inPlay')}</span>
                  ) : null}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
