import styles from './swatch-legend.module.css';

/** The colours of a chart or shaded table: green good, amber fair, red poor, grey none. */
export type SwatchTone = 'good' | 'fair' | 'poor' | 'none';

/** What each colour of a chart means, a swatch before each name; `figcaption` inside a figure. */
export function SwatchLegend({
  items,
  as: Tag = 'p',
}: {
  items: readonly { tone: SwatchTone; label: string }[];
  as?: 'p' | 'figcaption';
}) {
  return (
    <Tag className={styles.legend}>
      {items.map((item) => (
        <span key={item.tone} data-tone={item.tone}>
          {item.label}
        </span>
      ))}
    </Tag>
  );
}
