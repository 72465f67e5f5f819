import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EyeIcon } from '../../components/icons';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import styles from './item-content.module.css';

export const ItemContent_case = graphql(`
  fragment ItemContent_case on Case {
    id
    externalId
    contentType
    text
    mediaUrl
    sensitivityTags
    queue
    market {
      id
      code
    }
  }
`);

/**
 * The content under review. Media with sensitivity tags is blurred and greyscale, with a
 * content warning naming the tags, until this viewer chooses to see it (per item: the
 * parent keys this component by item, so the choice does not carry over).
 */
export function ItemContent(props: { case: FragmentType<typeof ItemContent_case> }) {
  const { t } = useTranslation();
  const item = getFragmentData(ItemContent_case, props.case);
  const sensitive = item.sensitivityTags.length > 0;
  const [shown, setShown] = useState(!sensitive);
  const [failed, setFailed] = useState(false);
  const hasMedia = Boolean(item.mediaUrl) && item.contentType !== 'TEXT';

  return (
    <div className={styles.content}>
      <p className={styles.contentMeta}>
        <code>{item.externalId}</code>
        <span>{t(`calibration.contentType.${item.contentType}`)}</span>
        <span>{item.market.code}</span>
        <span>{item.queue}</span>
      </p>
      {sensitive ? (
        <div className={styles.warning} role="note">
          <strong>{t('calibration.content.warningTitle')}</strong>{' '}
          {t('calibration.content.warningTags', {
            tags: item.sensitivityTags.map((tag) => t('calibration.content.tag', { tag })).join(', '),
          })}
        </div>
      ) : null}
      {hasMedia ? (
        <div className={styles.mediaFrame}>
          <div className={shown ? styles.media : `${styles.media} ${styles.mediaHidden}`} aria-hidden={!shown}>
            {item.contentType === 'VIDEO' ? (
              <video
                src={item.mediaUrl!}
                controls={shown}
                preload="metadata"
                className={styles.mediaElement}
                onError={() => setFailed(true)}
              >
                {t('calibration.content.videoFallback')}
              </video>
            ) : (
              <img
                src={item.mediaUrl!}
                alt={shown ? t('calibration.content.imageAlt', { id: item.externalId }) : ''}
                className={styles.mediaElement}
                onError={() => setFailed(true)}
              />
            )}
          </div>
          {shown && failed ? <p className={styles.mediaFailed}>{t('calibration.content.failed')}</p> : null}
          {!shown ? (
            <div className={styles.mediaCover}>
              <button type="button" className="button button-secondary" onClick={() => setShown(true)}>
                <EyeIcon />
                {t('calibration.content.show')}
              </button>
              <p className={styles.mediaCoverHint}>{t('calibration.content.hiddenHint')}</p>
            </div>
          ) : null}
        </div>
      ) : null}
      {item.text ? (
        <blockquote className={styles.text} lang={item.market.code}>
          {item.text}
        </blockquote>
      ) : null}
    </div>
  );
}
