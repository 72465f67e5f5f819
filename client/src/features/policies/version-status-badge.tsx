import { useTranslation } from 'react-i18next';
import { StatusBadge, type BadgeTone } from '../../components/status-badge';
import type { PolicyVersionStatus } from '../../gql/graphql';

const tone: Record<PolicyVersionStatus, BadgeTone> = { DRAFT: 'warn', PUBLISHED: 'accent', RETIRED: 'neutral' };

/** Where a policy version stands: a draft, the published version, or retired. */
export function VersionStatusBadge({ status }: { status: PolicyVersionStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={tone[status]}>{t(`policies.status.${status}`)}</StatusBadge>;
}
