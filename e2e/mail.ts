import { expect } from '@playwright/test';

type Call = (query: string, variables?: Record<string, unknown>) => Promise<any>;

/**
 * The token of the newest `/join#…` or `/reset-password#…` link mailed to `email`, read as an
 * admin would: the e2e server has no SMTP_URL, so its mail goes to a folder that `mailOutbox`
 * lists with the links in each message (whatever language and transfer encoding the mail is
 * in). Mail is sent by a background job after the change commits, so this waits for it.
 */
export async function linkTokenMailedTo(admin: Call, email: string, link: 'join' | 'reset-password'): Promise<string> {
  const pattern = new RegExp(`/${link}#([A-Za-z0-9_-]+)$`);
  let token: string | undefined;
  await expect
    .poll(
      async () => {
        const { mailOutbox } = await admin('{ mailOutbox(first: 200) { messages { to links } } }');
        const mail = (mailOutbox.messages as { to: string; links: string[] }[]).find((m) => m.to.includes(email));
        token = mail?.links.map((l) => pattern.exec(l)?.[1]).find(Boolean);
        return token;
      },
      { message: `a /${link} link mailed to ${email}`, timeout: 30_000 },
    )
    .toBeDefined();
  return token!;
}
