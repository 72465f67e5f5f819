import { withContext } from '../shared/context.js';
import { defineModule, type ProcessDeps, type RequestDeps } from '../shared/module.js';
import { type MailContext, MailResolver, OutboxService } from './mail.resolver.js';
import { Mailer } from './mailer.js';

/**
 * Outgoing mail: a `mail.send` job per message (enqueueJob), sent by the jobs runner with
 * retries; with no SMTP server, the folder it writes to, readable by admins (`mailOutbox`).
 */
export const mailModule = defineModule({
  name: 'mail',
  resolvers: withContext<MailContext>(MailResolver),
  start: ({ config }: ProcessDeps) => {
    const mailer = new Mailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, dataDir: config.DATA_DIR });
    return {
      provides: { mailer },
      close: async () => mailer.close(),
      tasks: { 'mail.send': (message) => mailer.send(message) },
    };
  },
  services: (deps: Pick<RequestDeps, 'em' | 'viewer'> & { mailer: Mailer }) => ({
    outbox: new OutboxService(deps.em, deps.viewer, deps.mailer),
  }),
});
