import { useTranslation } from 'react-i18next';

/** React 19 hoists <title> into <head>; one per page, suffixed with the product name. */
export function DocumentTitle({ title }: { title: string }) {
  const { t } = useTranslation();
  return <title>{t('app.documentTitle', { page: title })}</title>;
}
