import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { TextField } from '../../components/text-field';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useAddFaqEntry, useRemoveFaqEntry } from './policy-mutations';
import shared from './policies.module.css';
import styles from './policy-detail.module.css';

export const FaqSection_version = graphql(`
  fragment FaqSection_version on PolicyVersion {
    id
    faq {
      id
      position
      question
      answer
    }
  }
`);

/** Questions and answers about a version; briefings add to them, policy owners can too. */
export function FaqSection(props: { version: FragmentType<typeof FaqSection_version>; canEdit: boolean }) {
  const { t } = useTranslation();
  const version = getFragmentData(FaqSection_version, props.version);
  const [question, setQuestion] = useState('');
  const [answer, setAnswer] = useState('');
  const [add, adding] = useAddFaqEntry();
  const [remove, removing] = useRemoveFaqEntry();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!question.trim() || !answer.trim()) return;
    await add({ variables: { input: { versionId: version.id, question: question.trim(), answer: answer.trim() } } });
    setQuestion('');
    setAnswer('');
  }

  return (
    <section className={shared.card} aria-labelledby="faq-title">
      <h2 id="faq-title" className={shared.cardTitle}>
        {t('policies.faq.title')}
      </h2>
      {version.faq.length === 0 ? <p className={shared.muted}>{t('policies.faq.empty')}</p> : null}
      <ul role="list" className={styles.faqList}>
        {version.faq.map((entry) => (
          <li key={entry.id} className={styles.faqItem}>
            <div className={styles.faqRow}>
              <p className={styles.faqQuestion}>{entry.question}</p>
              {props.canEdit ? (
                <button
                  type="button"
                  className="button button-ghost"
                  disabled={removing.loading}
                  onClick={() => void remove({ variables: { input: { entryId: entry.id } } })}
                >
                  {t('policies.faq.remove')}
                  <span className="visually-hidden">: {entry.question}</span>
                </button>
              ) : null}
            </div>
            <p className={shared.muted}>{entry.answer}</p>
          </li>
        ))}
      </ul>
      {props.canEdit ? (
        <form className={shared.form} onSubmit={(event) => void submit(event)}>
          <h3 className={shared.small}>{t('policies.faq.add')}</h3>
          <TextField
            label={t('policies.faq.question')}
            value={question}
            onChange={(e) => setQuestion(e.target.value)}
          />
          <label className={shared.fieldLabel}>
            {t('policies.faq.answer')}
            <textarea className={shared.textarea} value={answer} onChange={(e) => setAnswer(e.target.value)} />
          </label>
          {adding.error ? <ErrorAlert error={adding.error} title={t('policies.faq.addFailed')} /> : null}
          {removing.error ? <ErrorAlert error={removing.error} title={t('policies.faq.removeFailed')} /> : null}
          <div className={shared.actions}>
            <button
              type="submit"
              className="button button-secondary"
              disabled={adding.loading || !question.trim() || !answer.trim()}
            >
              {t('policies.faq.submit')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
