import { useId, type FormEvent, type ReactNode } from 'react';
import styles from './card.module.css';

type CardProps = {
  /** The section's heading (an h2); the section is labelled by it. */
  title?: ReactNode;
  /** The heading's id, for another element that it labels too; one of the card's own otherwise. */
  titleId?: string;
  /** A line under the title. */
  lead?: ReactNode;
  /** A short count or note at the end of the title's line, small and muted. */
  note?: ReactNode;
  /** Anything else at the end of the title's line (links, say), as it is. */
  aside?: ReactNode;
  /** Controls beside the title, left off paper. */
  tools?: ReactNode;
  /** Names a card without a title. */
  label?: string;
  testId?: string;
  /** What the card shows belongs to an earlier request while a new one loads. */
  busy?: boolean;
  /** Changes to the card are announced politely (a score that appears, say). */
  live?: boolean;
  /** A form that is a card of its own: the card is the <form>. */
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  children?: ReactNode;
};

/** A section of a page in a white box, with its title and what goes beside it. */
export function Card({
  title,
  titleId: givenId,
  lead,
  note,
  aside,
  tools,
  label,
  testId,
  busy,
  live,
  onSubmit,
  children,
}: CardProps) {
  const ownId = useId();
  const titleId = givenId ?? ownId;
  const heading = title ? (
    <h2 id={titleId} className={styles.title}>
      {title}
    </h2>
  ) : null;
  const head =
    note !== undefined || aside ? (
      <div className={styles.headWithNote}>
        {heading}
        {note !== undefined ? <span className={styles.note}>{note}</span> : null}
        {aside}
      </div>
    ) : heading || lead ? (
      <div className={styles.head}>
        {heading}
        {lead ? <p className={styles.lead}>{lead}</p> : null}
      </div>
    ) : null;
  const content = (
    <>
      {tools ? (
        <div className={styles.headWithTools}>
          {head}
          <div className={styles.tools}>{tools}</div>
        </div>
      ) : (
        head
      )}
      {children}
    </>
  );
  const attributes = {
    className: styles.card,
    'aria-labelledby': title ? titleId : undefined,
    'aria-label': title ? undefined : label,
    'data-testid': testId,
    'aria-busy': busy,
    'aria-live': live ? ('polite' as const) : undefined,
  };
  return onSubmit ? (
    <form {...attributes} onSubmit={onSubmit} noValidate>
      {content}
    </form>
  ) : (
    <section {...attributes}>{content}</section>
  );
}
