import { useTranslation } from 'react-i18next';
import { ContentText } from './content-text';
import { SensitiveMedia } from './sensitive-media';
import forms from './form.module.css';

export type CaseContentProps = {
  externalId: string;
  contentType: 'TEXT' | 'IMAGE' | 'VIDEO';
  text?: string | null;
  mediaUrl?: string | null;
  sensitivityTags: readonly string[];
};

/** What a case shows, as its moderator saw it: the media (blurred and greyscale while sensitive, until revealed) and the text. */
export function CaseContent({ item }: { item: CaseContentProps }) {
  const { t } = useTranslation();
  return (
    <div className={forms.form}>
      {item.mediaUrl && item.contentType !== 'TEXT' ? (
        <SensitiveMedia
          kind={item.contentType}
          url={item.mediaUrl}
          tags={item.sensitivityTags}
          alt={t('cases.media.alt', { id: item.externalId })}
        />
      ) : null}
      {item.text ? <ContentText text={item.text} /> : null}
    </div>
  );
}
