import { useTranslation } from 'react-i18next';
import { numericCell, Table } from '../../components/table';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import shared from './policies.module.css';
import styles from './policy-detail.module.css';

export const TaxonomyTable_version = graphql(`
  fragment TaxonomyTable_version on PolicyVersion {
    labels {
      key
      name
      description
      severity
    }
  }
`);

/** The decision taxonomy in the order reviewers see it. */
export function TaxonomyTable(props: { version: FragmentType<typeof TaxonomyTable_version> }) {
  const { t } = useTranslation();
  const { labels } = getFragmentData(TaxonomyTable_version, props.version);
  const ordinal = labels.length > 0 && labels.every((l) => l.severity !== null && l.severity !== undefined);
  return (
    <section className={shared.card} aria-labelledby="taxonomy-title">
      <div className={shared.cardHeader}>
        <h2 id="taxonomy-title" className={shared.cardTitle}>
          {t('policies.taxonomy.title')}
        </h2>
        <span className={`${shared.small} ${shared.muted}`}>
          {t('policies.taxonomy.count', { count: labels.length })}
          {ordinal ? ` · ${t('policies.taxonomy.ordinal')}` : ''}
        </span>
      </div>
      {labels.length === 0 ? (
        <p className={shared.muted}>{t('policies.taxonomy.empty')}</p>
      ) : (
        <Table wrapHeaders>
          <thead>
            <tr>
              <th scope="col">{t('policies.taxonomy.key')}</th>
              <th scope="col">{t('policies.taxonomy.name')}</th>
              <th scope="col">{t('policies.taxonomy.description')}</th>
              <th scope="col" className={numericCell}>
                {t('policies.taxonomy.severity')}
              </th>
            </tr>
          </thead>
          <tbody>
            {labels.map((label) => (
              <tr key={label.key}>
                <td>
                  <code className={styles.keyCode}>{label.key}</code>
                </td>
                <td>{label.name}</td>
                <td className={shared.muted}>{label.description}</td>
                <td className={numericCell}>{label.severity ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
