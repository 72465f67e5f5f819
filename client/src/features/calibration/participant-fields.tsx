import { useTranslation } from 'react-i18next';
import { marketDisplayName } from '../../components/market-name';
import type { NewCalibrationSessionOptionsQuery } from '../../gql/graphql';
import { toggle } from './session-fields';
import styles from './new-session-form.module.css';

type Market = NewCalibrationSessionOptionsQuery['markets'][number];
type User = NewCalibrationSessionOptionsQuery['users']['edges'][number]['node'];

/** Who takes part: the invited markets, then people from them (everyone in a market at once, or one by one). */
export function ParticipantFields({
  formId,
  markets,
  users,
  marketIds,
  onMarketIds,
  participantIds,
  onParticipantIds,
  chosenCount,
  errors,
}: {
  formId: string;
  markets: readonly Market[];
  users: readonly User[];
  marketIds: ReadonlySet<string>;
  onMarketIds: (ids: ReadonlySet<string>) => void;
  participantIds: ReadonlySet<string>;
  onParticipantIds: (ids: ReadonlySet<string>) => void;
  chosenCount: number;
  errors: { markets?: string; participants?: string };
}) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <fieldset className={styles.fieldset} aria-describedby={errors.markets ? `${formId}-markets-error` : undefined}>
        <legend className={styles.legend}>{t('calibration.create.markets')}</legend>
        <div className={styles.checkGrid}>
          {markets.map((market) => (
            <label key={market.id} className={styles.check}>
              <input
                type="checkbox"
                checked={marketIds.has(market.id)}
                onChange={(event) => onMarketIds(toggle(marketIds, market.id, event.target.checked))}
              />
              <code>{market.code}</code> {marketDisplayName(market.code, market.name, i18n.language)}
            </label>
          ))}
        </div>
        {errors.markets ? (
          <p id={`${formId}-markets-error`} className={styles.error}>
            {errors.markets}
          </p>
        ) : null}
      </fieldset>

      <fieldset
        className={styles.fieldset}
        aria-describedby={errors.participants ? `${formId}-participants-error` : undefined}
      >
        <legend className={styles.legend}>{t('calibration.create.participants', { count: chosenCount })}</legend>
        {marketIds.size === 0 ? <p className={styles.hint}>{t('calibration.create.marketsFirst')}</p> : null}
        {markets
          .filter((market) => marketIds.has(market.id))
          .map((market) => {
            const people = users.filter((user) => user.market.id === market.id);
            const all = people.length > 0 && people.every((user) => participantIds.has(user.id));
            return (
              <div key={market.id} className={styles.marketGroup}>
                <label className={`${styles.check} ${styles.groupToggle}`}>
                  <input
                    type="checkbox"
                    checked={all}
                    disabled={people.length === 0}
                    onChange={(event) => {
                      let next = new Set(participantIds);
                      for (const user of people) next = toggle(next, user.id, event.target.checked);
                      onParticipantIds(next);
                    }}
                  />
                  {t('calibration.create.everyoneIn', {
                    market: marketDisplayName(market.code, market.name, i18n.language),
                    count: people.length,
                  })}
                </label>
                <div className={styles.checkGrid}>
                  {people.map((user) => (
                    <label key={user.id} className={styles.check}>
                      <input
                        type="checkbox"
                        checked={participantIds.has(user.id)}
                        onChange={(event) => onParticipantIds(toggle(participantIds, user.id, event.target.checked))}
                      />
                      {user.name}
                      {user.role !== 'MODERATOR' ? (
                        <span className={styles.hint}>{t(`roles.${user.role}`)}</span>
                      ) : null}
                    </label>
                  ))}
                </div>
              </div>
            );
          })}
        {errors.participants ? (
          <p id={`${formId}-participants-error`} className={styles.error}>
            {errors.participants}
          </p>
        ) : null}
      </fieldset>
    </>
  );
}
