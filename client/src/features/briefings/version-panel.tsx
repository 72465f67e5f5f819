import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '../../components/card';
import { Markdown } from '../../components/markdown';
import type { RoomBriefing } from './room-briefing';
import styles from './briefing-room.module.css';
import shared from './briefings.module.css';

/**
 * The version presented: its change summary (plain text), links to its diff against the
 * previous version and to the policy, and the presenter's notes (Markdown without raw HTML).
 */
export function VersionPanel({ briefing }: { briefing: RoomBriefing }) {
  const { t } = useTranslation();
  const version = briefing.policyVersion;
  const policyPath = `/policies/${version.policy.id}`;
  return (
    <Card
      title={t('briefings.version.title', { number: version.number })}
      testId="briefing-version"
      aside={
        <div className={styles.links}>
          <Link className="button button-secondary" to={`${policyPath}/compare?to=${version.id}`}>
            {t('briefings.version.diff')}
          </Link>
          <Link className="button button-ghost" to={`${policyPath}?version=${version.id}`}>
            {t('briefings.version.policy')}
          </Link>
        </div>
      }
    >
      <div>
        <h3 className={shared.small}>{t('briefings.version.changeSummary')}</h3>
        <p className={styles.summary}>{version.changeSummary || t('briefings.version.noSummary')}</p>
      </div>
      {briefing.notes.trim() ? (
        <div>
          <h3 className={shared.small}>{t('briefings.version.notes')}</h3>
          <div className={styles.notes}>
            <Markdown>{briefing.notes}</Markdown>
          </div>
        </div>
      ) : null}
    </Card>
  );
}
