import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './sensitive-media.module.css';

type Props = {
  kind: 'IMAGE' | 'VIDEO';
  url: string;
  /** Sensitivity tags; any tag makes the media sensitive. */
  tags: readonly string[];
  alt: string;
};

/**
 * A case's image or video. Sensitive media is shown blurred and in greyscale, not
 * playable and hidden from assistive technology, until the viewer chooses to reveal it;
 * it can be hidden again. The media is loaded without a referrer.
 */
export function SensitiveMedia({ kind, url, tags, alt }: Props) {
  const { t } = useTranslation();
  const sensitive = tags.length > 0;
  const [revealed, setRevealed] = useState(!sensitive);
  return (
    <figure className={styles.media}>
      <div
        className={`${styles.mediaFrame} ${revealed ? '' : styles.concealed}`}
        data-concealed={!revealed}
        aria-hidden={!revealed}
      >
        {kind === 'IMAGE' ? (
          <img src={url} alt={alt} referrerPolicy="no-referrer" loading="lazy" />
        ) : (
          <video src={url} controls={revealed} preload="metadata" aria-label={alt} tabIndex={revealed ? 0 : -1} />
        )}
        {!revealed ? (
          <div className={styles.veil}>
            <p className={styles.veilTitle}>{t('cases.media.sensitive')}</p>
            <p className={styles.veilTags}>{tags.map((tag) => t('cases.media.tag', { tag })).join(' · ')}</p>
          </div>
        ) : null}
      </div>
      {sensitive ? (
        <figcaption className={styles.mediaCaption}>
          <button
            type="button"
            className="button button-secondary"
            aria-pressed={revealed}
            onClick={() => setRevealed(!revealed)}
          >
            {revealed ? t('cases.media.hide') : t('cases.media.reveal')}
          </button>
          <span className={styles.tags}>{t('cases.media.tags', { tags: tags.join(', ') })}</span>
        </figcaption>
      ) : null}
    </figure>
  );
}
