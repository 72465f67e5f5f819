import type { AddressInfo } from 'node:net';
import { expect } from '@playwright/test';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server in the runner's process (smtp-server) that the Concord server under
 * test mails through (SMTP_URL); each message is read back with mailparser.
 */
export async function startSmtp() {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    /** The link to `/<page>#…` in the newest mail to `email`; waits for the mail. */
    async linkTo(email: string, page: 'join' | 'reset-password'): Promise<string> {
      const pattern = new RegExp(`https?://\\S+/${page}#[A-Za-z0-9_-]+`);
      let link: string | undefined;
      await expect
        .poll(
          () => {
            const mail = messages.findLast((m) => JSON.stringify(m.to ?? '').includes(email));
            link = mail && pattern.exec(mail.text ?? '')?.[0];
            return link;
          },
          { message: `a /${page} link mailed to ${email}`, timeout: 30_000 },
        )
        .toBeDefined();
      return link!;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type Smtp = Awaited<ReturnType<typeof startSmtp>>;
