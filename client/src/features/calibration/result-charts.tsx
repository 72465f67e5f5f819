import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/card';
import { SwatchLegend } from '../../components/swatch-legend';
import type { CalibrationResultsQuery } from '../../gql/graphql';
import { formatPercent, labelName } from '../../lib/format';
import styles from './results.module.css';

type Result = NonNullable<CalibrationResultsQuery['calibrationSession']['result']>;
type ItemResult = Result['items'][number];
type Labels = readonly { key: string; name: string }[];

export type ItemVerdict = 'match' | 'differ' | 'tie' | 'noGold' | 'noVotes';

/** How an item's majority stands against its gold. */
export function itemVerdict(item: Pick<ItemResult, 'votes' | 'majority' | 'gold'>): ItemVerdict {
  if (item.votes === 0) return 'noVotes';
  if (!item.majority) return 'tie';
  if (!item.gold) return 'noGold';
  return item.majority === item.gold ? 'match' : 'differ';
}

/** Majority share per item as bars, coloured by whether the majority chose the gold label. */
export function ItemAgreementChart({
  items,
  labels,
  highlight = null,
}: {
  items: readonly ItemResult[];
  labels: Labels;
  /** The item a link pointed at (`#item-3` from analytics), marked and scrolled to. */
  highlight?: number | null;
}) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const sorted = [...items].sort((a, b) => a.position - b.position);
  return (
    <Card
      title={t('calibration.results.perItem')}
      titleId={titleId}
      lead={t('calibration.results.perItemLead')}
      testId="item-agreement"
    >
      <figure className={styles.figureBlock}>
        <ol role="list" className={styles.itemBars} aria-labelledby={titleId}>
          {sorted.map((item) => {
            const verdict = itemVerdict(item);
            const share = item.majorityShare.value ?? 0;
            const majority = item.majority
              ? labelName(labels, item.majority)
              : item.tied.length > 0
                ? t('calibration.results.tiedBetween', {
                    labels: item.tied.map((key) => labelName(labels, key)).join(', '),
                  })
                : '—';
            return (
              <li
                key={item.itemId}
                id={`item-${item.position}`}
                className={styles.itemBar}
                data-verdict={verdict}
                data-highlighted={highlight === item.position || undefined}
                tabIndex={highlight === item.position ? -1 : undefined}
                ref={
                  highlight === item.position ? (element) => element?.scrollIntoView({ block: 'center' }) : undefined
                }
              >
                <span className={styles.itemBarName}>
                  {t('calibration.results.itemShort', { position: item.position })}
                </span>
                <span className={styles.itemBarTrack} aria-hidden="true">
                  <span className={styles.itemBarFill} style={{ width: `${share * 100}%` }} />
                </span>
                <span className={styles.itemBarText}>
                  {verdict === 'noVotes' ? (
                    <span className={styles.muted}>{t('calibration.results.noVotes')}</span>
                  ) : (
                    <>
                      <strong>{formatPercent(share, i18n.language)}</strong> {majority}
                    </>
                  )}
                </span>
                <span className={styles.itemBarGold}>
                  <span className={styles.verdictIcon} aria-hidden="true">
                    {verdict === 'match' ? '✓' : verdict === 'differ' ? '✗' : '•'}
                  </span>
                  {item.gold
                    ? t(`calibration.results.verdict.${verdict}`, { gold: labelName(labels, item.gold) })
                    : t('calibration.results.verdict.noGold')}
                </span>
              </li>
            );
          })}
        </ol>
        <SwatchLegend
          as="figcaption"
          items={[
            { tone: 'good', label: t('calibration.results.legend.match') },
            { tone: 'poor', label: t('calibration.results.legend.differ') },
            { tone: 'fair', label: t('calibration.results.legend.tie') },
          ]}
        />
      </figure>
    </Card>
  );
}

/**
 * Markets × items: each cell is that market's majority on the item, green when it matches
 * gold, red when not, grey without gold or votes. A table, so it reads cell by cell.
 */
export function MarketHeatMap({
  items,
  labels,
  markets,
}: {
  items: readonly ItemResult[];
  labels: Labels;
  markets: readonly { code: string; name: string }[];
}) {
  const { t } = useTranslation();
  const sorted = [...items].sort((a, b) => a.position - b.position);
  const codes = [...new Set(sorted.flatMap((item) => item.markets.map((m) => m.market)))].sort();
  return (
    <Card title={t('calibration.results.heatMap')} lead={t('calibration.results.heatMapLead')} testId="heat-map">
      <div className={styles.scroll}>
        <table className={styles.heatMap} style={{ minWidth: `${72 + sorted.length * 76}px` }}>
          <caption className="visually-hidden">{t('calibration.results.heatMapCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('calibration.results.market')}</th>
              {sorted.map((item) => (
                <th key={item.itemId} scope="col">
                  {t('calibration.results.itemShort', { position: item.position })}
                  <span className={styles.heatGold} title={item.gold ? labelName(labels, item.gold) : undefined}>
                    {item.gold ? labelName(labels, item.gold) : t('calibration.results.noGoldShort')}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {codes.map((code) => (
              <tr key={code}>
                <th scope="row" title={markets.find((m) => m.code === code)?.name}>
                  <code>{code}</code>
                </th>
                {sorted.map((item) => {
                  const cell = item.markets.find((m) => m.market === code);
                  const state =
                    !cell || cell.votes === 0
                      ? 'none'
                      : cell.matchesGold === true
                        ? 'match'
                        : cell.matchesGold === false
                          ? 'differ'
                          : 'none';
                  const text =
                    !cell || cell.votes === 0
                      ? '—'
                      : cell.majority
                        ? labelName(labels, cell.majority)
                        : t('calibration.results.tie');
                  const description = t(`calibration.results.cell.${state}`);
                  return (
                    <td key={item.itemId} data-state={state} title={`${text} · ${description}`}>
                      <span className={styles.heatLabel}>{text}</span>
                      <span className="visually-hidden"> ({description})</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SwatchLegend
        items={[
          { tone: 'good', label: t('calibration.results.cell.match') },
          { tone: 'poor', label: t('calibration.results.cell.differ') },
          { tone: 'none', label: t('calibration.results.cell.none') },
        ]}
      />
    </Card>
  );
}

/** Gold label (rows) against the label chosen (columns): counts of votes, shaded by count. */
export function ConfusionMatrix({
  matrix,
  keys,
  labels,
}: {
  matrix: readonly (readonly number[])[];
  keys: readonly string[];
  labels: Labels;
}) {
  const { t } = useTranslation();
  const max = Math.max(1, ...matrix.flat());
  const rowTotals = matrix.map((row) => row.reduce((sum, n) => sum + n, 0));
  const columnTotals = keys.map((_, c) => matrix.reduce((sum, row) => sum + (row[c] ?? 0), 0));
  return (
    <Card
      title={t('calibration.results.confusion')}
      lead={t('calibration.results.confusionLead')}
      testId="confusion-matrix"
    >
      <div className={styles.scroll}>
        <table className={styles.matrix}>
          <caption className="visually-hidden">{t('calibration.results.confusionCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.corner}>
                <span>{t('calibration.results.goldAxis')}</span> ↓ / <span>{t('calibration.results.chosenAxis')}</span>{' '}
                →
              </th>
              {keys.map((key) => (
                <th key={key} scope="col">
                  {labelName(labels, key)}
                </th>
              ))}
              <th scope="col">{t('calibration.results.total')}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((gold, r) => (
              <tr key={gold}>
                <th scope="row">{labelName(labels, gold)}</th>
                {keys.map((chosen, c) => {
                  const count = matrix[r]?.[c] ?? 0;
                  const strength = count === 0 ? 0 : 0.12 + 0.78 * (count / max);
                  return (
                    <td
                      key={chosen}
                      className={r === c ? styles.diagonal : undefined}
                      style={{
                        background: count === 0 ? undefined : `rgb(58 70 196 / ${strength.toFixed(3)})`,
                        color: strength > 0.5 ? '#fff' : undefined,
                      }}
                    >
                      {count}
                    </td>
                  );
                })}
                <td className={styles.total}>{rowTotals[r]}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('calibration.results.total')}</th>
              {columnTotals.map((total, c) => (
                <td key={keys[c]} className={styles.total}>
                  {total}
                </td>
              ))}
              <td className={styles.total}>{columnTotals.reduce((sum, n) => sum + n, 0)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </Card>
  );
}
