import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { move, type DraftLabel } from './draft-rules';
import shared from './policies.module.css';
import styles from './version-editor.module.css';

/**
 * The ordered labels of a draft: each with its key, name, description and optional
 * severity; labels can be added, removed and moved. Controlled: `onChange` gets the list.
 */
export function TaxonomyEditor({
  labels,
  onChange,
}: {
  labels: DraftLabel[];
  onChange: (labels: DraftLabel[]) => void;
}) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLOListElement>(null);
  const added = useRef(false);

  // A new label's key field takes the focus, so typing can start at once.
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    const inputs = listRef.current?.querySelectorAll<HTMLInputElement>('input[name="label-key"]');
    inputs?.[inputs.length - 1]?.focus();
  }, [labels.length]);

  const update = (index: number, patch: Partial<DraftLabel>) =>
    onChange(labels.map((label, i) => (i === index ? { ...label, ...patch } : label)));

  return (
    <div className={shared.form}>
      <ol className={styles.labelRows} ref={listRef}>
        {labels.map((label, index) => {
          const n = index + 1;
          return (
            <li key={index}>
              <fieldset className={styles.labelRow} aria-label={t('policies.editor.labelN', { n })}>
                <legend>{t('policies.editor.labelN', { n })}</legend>
                <label className={shared.fieldLabel}>
                  {t('policies.taxonomy.key')}
                  <input
                    className="input"
                    name="label-key"
                    value={label.key}
                    onChange={(e) => update(index, { key: e.target.value })}
                    autoComplete="off"
                    spellCheck={false}
                  />
                </label>
                <label className={shared.fieldLabel}>
                  {t('policies.taxonomy.name')}
                  <input
                    className="input"
                    value={label.name}
                    onChange={(e) => update(index, { name: e.target.value })}
                  />
                </label>
                <label className={shared.fieldLabel}>
                  {t('policies.taxonomy.severity')}
                  <input
                    className="input"
                    inputMode="numeric"
                    value={label.severity}
                    onChange={(e) => update(index, { severity: e.target.value })}
                  />
                </label>
                <div className={styles.labelButtons}>
                  <button
                    type="button"
                    className={`button button-secondary ${styles.iconButton}`}
                    onClick={() => onChange(move(labels, index, index - 1))}
                    disabled={index === 0}
                    aria-label={t('policies.editor.moveUp', { n })}
                    title={t('policies.editor.moveUp', { n })}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className={`button button-secondary ${styles.iconButton}`}
                    onClick={() => onChange(move(labels, index, index + 1))}
                    disabled={index === labels.length - 1}
                    aria-label={t('policies.editor.moveDown', { n })}
                    title={t('policies.editor.moveDown', { n })}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className={`button button-ghost ${styles.iconButton}`}
                    onClick={() => onChange(labels.filter((_, i) => i !== index))}
                    aria-label={t('policies.editor.removeLabel', { n })}
                    title={t('policies.editor.removeLabel', { n })}
                  >
                    ✕
                  </button>
                </div>
                <label className={styles.labelDescription}>
                  {t('policies.taxonomy.description')}
                  <input
                    className="input"
                    value={label.description}
                    onChange={(e) => update(index, { description: e.target.value })}
                  />
                </label>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            added.current = true;
            onChange([...labels, { key: '', name: '', description: '', severity: '' }]);
          }}
        >
          {t('policies.editor.addLabel')}
        </button>
      </div>
    </div>
  );
}
