import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../components/alert';
import { Card } from '../../components/card';
import { numericCell, Table, TableHead } from '../../components/table';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { signed } from './period';
import styles from './quality.module.css';

export const ErrorTrendTables_trends = graphql(`
  fragment ErrorTrendTables_trends on ErrorTrends {
    from
    to
    previousFrom
    previousTo
    audited
    previousAudited
    categories {
      errorCategory
      current
      previous
      change
      currentRate
      previousRate
    }
    labelPairs {
      policyKey
      expectedLabel
      decidedLabel
      current
      previous
      change
    }
  }
`);

/** The error categories and label pairs that grew most against the previous period, each escalable to an RCA. */
export function ErrorTrendTables({
  marketId,
  ...props
}: {
  trends: FragmentType<typeof ErrorTrendTables_trends>;
  marketId: string;
}) {
  const { t, i18n } = useTranslation();
  const trends = getFragmentData(ErrorTrendTables_trends, props.trends);
  const number = new Intl.NumberFormat(i18n.language);
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateOf = (value: string) => day.format(new Date(`${value}T00:00:00Z`));
  const growing = trends.categories.filter((c) => c.current > 0 || c.previous > 0);
  const change = (value: number) => (
    <span className={value > 0 ? styles.incorrect : value < 0 ? styles.correct : undefined}>
      <span aria-hidden="true">{value > 0 ? '▲ ' : value < 0 ? '▼ ' : ''}</span>
      {signed(value, (n) => number.format(n))}
    </span>
  );
  // Both tables: what grew, then its count in each period and the change.
  const countColumns = [
    { label: t('audits.quality.previous'), numeric: true },
    { label: t('audits.quality.current'), numeric: true },
    { label: t('audits.quality.change'), numeric: true },
  ];
  const caption = (text: string) => (
    <caption className={`${styles.subTitle} ${styles.small}`} style={{ textAlign: 'left' }}>
      {text}
    </caption>
  );
  const counts = (row: { previous: number; current: number; change: number }) => (
    <>
      <td className={numericCell}>{row.previous}</td>
      <td className={numericCell}>{row.current}</td>
      <td className={numericCell}>{change(row.change)}</td>
    </>
  );
  return (
    <Card
      title={t('audits.quality.topTrends')}
      note={t('audits.quality.comparedWith', {
        from: dateOf(trends.previousFrom),
        to: dateOf(trends.previousTo),
      })}
      testId="error-trends"
    >
      {growing.length === 0 && trends.labelPairs.length === 0 ? (
        <Alert tone="info">{t('audits.quality.noErrors')}</Alert>
      ) : (
        <div className={styles.grid}>
          <Table>
            {caption(t('audits.quality.categories'))}
            <TableHead
              columns={[
                { label: t('audits.form.category') },
                ...countColumns,
                { label: t('audits.fields.action'), hidden: true },
              ]}
            />
            <tbody>
              {growing.map((row) => (
                <tr key={row.errorCategory}>
                  <th scope="row">{t(`audits.errorCategory.${row.errorCategory}`)}</th>
                  {counts(row)}
                  <td>
                    <Link
                      to={`/rca?${new URLSearchParams({ new: '1', category: row.errorCategory, ...(marketId ? { marketId } : {}) }).toString()}`}
                      aria-label={t('audits.quality.escalateNamed', {
                        category: t(`audits.errorCategory.${row.errorCategory}`),
                      })}
                    >
                      {t('audits.quality.escalate')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Table>
            {caption(t('audits.quality.labelPairs'))}
            <TableHead columns={[{ label: t('audits.quality.pair') }, ...countColumns]} />
            <tbody>
              {trends.labelPairs.map((row) => (
                <tr key={`${row.policyKey}:${row.expectedLabel}:${row.decidedLabel}`}>
                  <th scope="row">
                    <span className={styles.code}>{row.policyKey}</span>{' '}
                    {t('audits.quality.pairText', { expected: row.expectedLabel, decided: row.decidedLabel })}
                  </th>
                  {counts(row)}
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
    </Card>
  );
}
