import { defineModule, type ProcessDeps } from '../shared/module.js';
import { Mailer } from './mailer.js';

/** Outgoing mail: a `mail.send` job per message (enqueueJob), sent by the jobs runner with retries. */
export const mailModule = defineModule({
  name: 'mail',
  start: ({ config }: ProcessDeps) => {
    const mailer = new Mailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, dataDir: config.DATA_DIR });
    return {
      provides: { mailer },
      close: async () => mailer.close(),
      tasks: { 'mail.send': (message) => mailer.send(message) },
    };
  },
});
