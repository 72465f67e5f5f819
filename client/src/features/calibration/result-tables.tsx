import { useTranslation } from 'react-i18next';
import { Card } from '../../components/card';
import { StatValue } from '../../components/stat-figures';
import { numericCell, Table } from '../../components/table';
import type { CalibrationResultsQuery } from '../../gql/graphql';
import { useFormatStat } from '../../lib/stat-format';
import styles from './results.module.css';

type Result = NonNullable<CalibrationResultsQuery['calibrationSession']['result']>;

/** The figures again, per market: who agrees with whom, and with gold. */
export function MarketTable({ markets }: { markets: Result['markets'] }) {
  const { t } = useTranslation();
  return (
    <Card title={t('calibration.results.perMarket')}>
      <Table look="figures">
        <thead>
          <tr>
            <th scope="col">{t('calibration.results.market')}</th>
            <th scope="col" className={numericCell}>
              {t('calibration.results.raters')}
            </th>
            <th scope="col" className={numericCell}>
              {t('calibration.results.votes')}
            </th>
            <th scope="col">{t('calibration.results.percentAgreement')}</th>
            <th scope="col">{t('calibration.results.fleissKappa')}</th>
            <th scope="col">{t('calibration.results.gwetAC1')}</th>
            <th scope="col">{t('calibration.results.alpha')}</th>
            <th scope="col">{t('calibration.results.accuracy')}</th>
          </tr>
        </thead>
        <tbody>
          {markets.map((market) => (
            <tr key={market.market}>
              <th scope="row">
                <code>{market.market}</code>
              </th>
              <td className={numericCell}>{market.raters}</td>
              <td className={numericCell}>{market.votes}</td>
              <td>
                <StatValue stat={market.percentAgreement} kind="percent" />
              </td>
              <td>
                <StatValue stat={market.fleissKappa} kind="kappa" />
              </td>
              <td>
                <StatValue stat={market.gwetAC1} kind="kappa" />
              </td>
              <td>
                <StatValue stat={market.krippendorffAlpha} kind="alpha" />
              </td>
              <td>
                <StatValue stat={market.accuracy} kind="percent" />
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}

/** Per participant: accuracy and Cohen's kappa against gold, agreement with the others' majority (QA roles only). */
export function ParticipantTable({ participants }: { participants: NonNullable<Result['participants']> }) {
  const { t } = useTranslation();
  const format = useFormatStat();
  return (
    <Card
      title={t('calibration.results.perParticipant')}
      lead={t('calibration.results.perParticipantLead')}
      testId="participants"
    >
      <Table look="figures">
        <thead>
          <tr>
            <th scope="col">{t('calibration.results.participant')}</th>
            <th scope="col">{t('calibration.results.market')}</th>
            <th scope="col" className={numericCell}>
              {t('calibration.results.votes')}
            </th>
            <th scope="col">{t('calibration.results.accuracy')}</th>
            <th scope="col">{t('calibration.results.cohenKappa')}</th>
            <th scope="col">{t('calibration.results.majorityAgreement')}</th>
          </tr>
        </thead>
        <tbody>
          {participants.map((p) => (
            <tr key={p.userId}>
              <th scope="row">{p.name}</th>
              <td>
                <code>{p.market}</code>
              </td>
              <td className={numericCell}>{p.votes}</td>
              <td>
                {p.accuracy.value !== null && p.accuracy.value !== undefined ? (
                  <span className={styles.accuracyCell}>
                    <span className={styles.miniBar} aria-hidden="true">
                      <span style={{ width: `${p.accuracy.value * 100}%` }} />
                    </span>
                    {t('calibration.results.ofCount', {
                      share: format(p.accuracy.value, 'percent'),
                      part: p.accuracy.correct ?? 0,
                      whole: p.accuracy.total ?? 0,
                    })}
                  </span>
                ) : (
                  <StatValue stat={p.accuracy} kind="percent" />
                )}
              </td>
              <td>
                <StatValue stat={p.cohenKappaVsGold} kind="kappa" />
              </td>
              <td>
                {p.majorityAgreement.value !== null && p.majorityAgreement.value !== undefined ? (
                  t('calibration.results.ofCount', {
                    share: format(p.majorityAgreement.value, 'percent'),
                    part: p.majorityAgreement.agreed ?? 0,
                    whole: p.majorityAgreement.compared ?? 0,
                  })
                ) : (
                  <StatValue stat={p.majorityAgreement} kind="percent" />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}
