import styles from './market-code.module.css';

/** A market's code in a small box. */
export function MarketCode({ code }: { code: string }) {
  return <code className={styles.code}>{code}</code>;
}

/** Market codes one after the other (a briefing's audience, a session's invited markets). */
export function MarketCodes({ markets, label }: { markets: readonly { id: string; code: string }[]; label?: string }) {
  return (
    <span className={styles.codes} aria-label={label}>
      {markets.map((market) => (
        <MarketCode key={market.id} code={market.code} />
      ))}
    </span>
  );
}
