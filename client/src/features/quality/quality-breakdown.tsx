import { useTranslation } from 'react-i18next';
import { Card } from '../../components/card';
import { Meter, meterCell } from '../../components/meter';
import { EmptyState } from '../../components/query-state';
import { numericCell, Table } from '../../components/table';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { QualityDimension } from '../../gql/graphql';

export const QualityBreakdown_report = graphql(`
  fragment QualityBreakdown_report on QualityReport {
    groups {
      key
      label
      audited
      correct
      incorrect
      overturned
      accuracy
    }
  }
`);

/** Quality per group (moderator, team, market…), worst first; by error category, most errors first. */
export function Breakdown({
  groupBy,
  ...props
}: {
  report: FragmentType<typeof QualityBreakdown_report>;
  groupBy: QualityDimension;
}) {
  const { t, i18n } = useTranslation();
  const report = getFragmentData(QualityBreakdown_report, props.report);
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  const byErrors = groupBy === 'ERROR_CATEGORY';
  const maxErrors = Math.max(1, ...report.groups.map((g) => g.incorrect));
  const name = (key: string, label: string) =>
    byErrors ? t(`audits.errorCategory.${key as 'OTHER'}`, { defaultValue: label }) : label;
  return (
    <Card
      title={t(`audits.quality.by.${groupBy}`)}
      note={byErrors ? t('audits.quality.mostErrorsFirst') : t('audits.quality.worstFirst')}
      testId="quality-groups"
    >
      {report.groups.length === 0 ? (
        <EmptyState>{t('audits.quality.noData')}</EmptyState>
      ) : (
        <Table>
          <thead>
            <tr>
              <th scope="col">{t(`audits.quality.dimension.${groupBy}`)}</th>
              {byErrors ? null : (
                <th scope="col" className={numericCell}>
                  {t('audits.quality.audits')}
                </th>
              )}
              <th scope="col" className={numericCell}>
                {t('audits.quality.incorrect')}
              </th>
              {byErrors ? null : (
                <th scope="col" className={numericCell}>
                  {t('audits.quality.overturned')}
                </th>
              )}
              <th scope="col">{byErrors ? t('audits.quality.errors') : t('audits.quality.accuracy')}</th>
            </tr>
          </thead>
          <tbody>
            {report.groups.map((group) => {
              const share = byErrors ? group.incorrect / maxErrors : (group.accuracy ?? 0);
              return (
                <tr key={group.key}>
                  <th scope="row">{name(group.key, group.label)}</th>
                  {byErrors ? null : <td className={numericCell}>{group.audited}</td>}
                  <td className={numericCell}>{group.incorrect}</td>
                  {byErrors ? null : <td className={numericCell}>{group.overturned}</td>}
                  <td className={meterCell}>
                    <Meter share={share} bad={byErrors} grow="1 1 120px">
                      <span className={numericCell}>
                        {byErrors
                          ? group.incorrect
                          : group.accuracy === null || group.accuracy === undefined
                            ? '—'
                            : percent.format(group.accuracy)}
                      </span>
                    </Meter>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
