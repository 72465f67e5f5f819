import type { ReactNode } from 'react';
import { AlertIcon, InfoIcon } from './icons';
import styles from './alert.module.css';

type AlertProps = {
  tone: 'error' | 'info';
  title?: ReactNode;
  children: ReactNode;
  action?: ReactNode;
  id?: string;
};

/** A message block. Errors are announced at once (role="alert"); notices politely. */
export function Alert({ tone, title, children, action, id }: AlertProps) {
  const Icon = tone === 'error' ? AlertIcon : InfoIcon;
  return (
    <div id={id} className={`${styles.alert} ${styles[tone]}`} role={tone === 'error' ? 'alert' : 'status'}>
      <Icon className={styles.icon} />
      <div className={styles.body}>
        {title ? <p className={styles.title}>{title}</p> : null}
        <div>{children}</div>
        {action ? <div className={styles.action}>{action}</div> : null}
      </div>
    </div>
  );
}
