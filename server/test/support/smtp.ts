import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type TestServer } from './test-server.js';

/**
 * A real SMTP server in the test process (smtp-server), whose received messages are read
 * back with mailparser. `refuse` answers the next n messages with a temporary failure
 * (451), as a busy relay would.
 */
export async function startSmtp() {
  const messages: ParsedMail[] = [];
  let refuse = 0;
  let refused = 0;
  const waiters: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          if (refuse > 0) {
            refuse--;
            refused++;
            const error = Object.assign(new Error('Try again later'), { responseCode: 451 });
            return callback(error);
          }
          messages.push(mail);
          for (const wake of waiters.splice(0)) wake();
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
    get refused() {
      return refused;
    },
    refuseNext(n: number) {
      refuse = n;
    },
    /** Resolves once `n` messages have arrived; fails after `ms` naming what did. */
    async waitFor(n: number, ms = 20_000) {
      const deadline = Date.now() + ms;
      while (messages.length < n) {
        const left = deadline - Date.now();
        if (left <= 0) {
          throw new Error(
            `waited ${ms} ms for ${n} message(s); got ${messages.map((m) => m.subject).join(', ') || 'none'}`,
          );
        }
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return messages;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type Smtp = Awaited<ReturnType<typeof startSmtp>>;

/**
 * A test server that mails through a real SMTP server of the file's own (links under
 * https://concord.example.com), both started for the file and stopped after it.
 */
export function useMailingServer(overrides: Record<string, string> = {}) {
  let smtp: Smtp | undefined;
  let server: TestServer | undefined;
  beforeAll(async () => {
    smtp = await startSmtp();
    server = await startTestServer({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://concord.example.com', ...overrides });
  });
  afterAll(async () => {
    await server?.concord.stop();
    await smtp?.close();
  });
  return { server: () => server!, smtp: () => smtp! };
}

/** The token of the link (`/<path>#<token>`) in the first mail sent to `email`; waits for it. */
export async function linkTokenIn(smtp: Smtp, email: string, path: 'join' | 'reset-password') {
  for (let n = 1; ; n++) {
    const mail = (await smtp.waitFor(n)).find((m) => JSON.stringify(m.to).includes(email));
    if (!mail) continue;
    const link = new RegExp(`https://concord\\.example\\.com/${path}#([A-Za-z0-9_-]+)`).exec(mail.text ?? '');
    if (!link) throw new Error(`no /${path} link in the mail to ${email}: ${mail.text}`);
    return { token: link[1]!, mail };
  }
}
