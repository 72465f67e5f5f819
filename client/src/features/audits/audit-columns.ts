import { useTranslation } from 'react-i18next';
import type { HeaderColumn } from '../../components/table';

/** The first columns of a table of audit tasks (the queue, a plan's draw): the case, and who decided it where. */
export function useAuditTaskColumns(): HeaderColumn[] {
  const { t } = useTranslation();
  return [
    { label: t('audits.fields.case') },
    { label: t('audits.fields.moderator') },
    { label: t('audits.fields.market') },
    { label: t('audits.fields.queue') },
    { label: t('audits.fields.decision') },
  ];
}
