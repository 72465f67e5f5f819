import { useTranslation } from 'react-i18next';

/** The author as this viewer may see them: named, or only their market (another vendor), or nobody (anonymous). */
export function AuthorLine({
  author,
  market,
}: {
  author: { name: string } | null | undefined;
  market: { code: string } | null | undefined;
}) {
  const { t } = useTranslation();
  if (author) {
    return (
      <>{market ? t('briefings.question.byNameMarket', { name: author.name, market: market.code }) : author.name}</>
    );
  }
  return <>{market ? t('briefings.question.byMarket', { market: market.code }) : t('briefings.question.anonymous')}</>;
}
