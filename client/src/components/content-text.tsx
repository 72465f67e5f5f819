import styles from './content-text.module.css';

/** What a case or a quiz question says, in full: large, its line breaks kept. */
export function ContentText({ text }: { text: string }) {
  return <p className={styles.text}>{text}</p>;
}

/** The first two lines of what a case or a question says, small, for a table cell. */
export function ContentExcerpt({ text, muted = false }: { text: string; muted?: boolean }) {
  return <span className={muted ? `${styles.excerpt} ${styles.muted}` : styles.excerpt}>{text}</span>;
}
