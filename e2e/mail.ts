import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from '@playwright/test';

/** The folder the e2e server writes its mail to (no SMTP_URL is set): DATA_DIR/mail. */
function mailFolder(): string {
  const dataDir = process.env['CONCORD_E2E_DATA_DIR'];
  if (!dataDir) throw new Error('CONCORD_E2E_DATA_DIR is not set: global-setup.ts sets it.');
  return path.join(dataDir, 'mail');
}

/** A raw .eml's text with quoted-printable soft line breaks and `=3D` undone. */
const unfolded = (raw: string) => raw.replace(/=\r?\n/g, '').replace(/=3D/gi, '=');

/**
 * The token of the newest `/join#…` or `/reset-password#…` link mailed to `email`. Mail is sent
 * by a background job after the change commits, so this waits for the file to appear.
 */
export async function linkTokenMailedTo(email: string, link: 'join' | 'reset-password'): Promise<string> {
  const pattern = new RegExp(`/${link}#([A-Za-z0-9_-]+)`);
  let token: string | undefined;
  await expect
    .poll(
      async () => {
        const names = (await readdir(mailFolder()).catch(() => [] as string[])).filter((n) => n.endsWith('.eml'));
        for (const name of names.sort().reverse()) {
          const text = unfolded(await readFile(path.join(mailFolder(), name), 'utf8'));
          if (!new RegExp(`^To: .*${email.replace(/[.+]/g, '\\$&')}`, 'mi').test(text)) continue;
          token = pattern.exec(text)?.[1];
          if (token) return token;
        }
        return undefined;
      },
      { message: `a /${link} link mailed to ${email}`, timeout: 30_000 },
    )
    .toBeDefined();
  return token!;
}
