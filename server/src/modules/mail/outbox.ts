import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';

/** One mail written to the folder, as the admin page shows it. */
export type OutboxMail = { file: string; to: string; subject: string; sentAt: Date; text: string; links: string[] };

/** Links a mail's text carries (http and https), in order, each once. */
export const linksIn = (text: string) => [...new Set(text.match(/https?:\/\/[^\s<>"')]+/g) ?? [])];

/**
 * The newest mails of the folder Concord writes to when no SMTP server is set (file names
 * start with the time they were written, so the newest sort last), read back with mailparser:
 * the links an offline install's admin hands on. `keep` chooses by recipient before parsing
 * more than needed.
 */
export async function readOutbox(folder: string, first: number, keep: (to: string) => boolean): Promise<OutboxMail[]> {
  let names: string[];
  try {
    names = (await readdir(folder)).filter((name) => name.endsWith('.eml'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const mails: OutboxMail[] = [];
  for (const name of names.sort().reverse()) {
    if (mails.length >= first) break;
    const parsed = await simpleParser(await readFile(path.join(folder, name)));
    const to = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : [])
      .flatMap((address) => address.value.map((entry) => entry.address ?? ''))
      .filter(Boolean)
      .join(', ');
    if (!keep(to.toLowerCase())) continue;
    const text = parsed.text ?? '';
    mails.push({
      file: name,
      to,
      subject: parsed.subject ?? '',
      sentAt: parsed.date ?? new Date(0),
      text,
      links: linksIn(text),
    });
  }
  return mails;
}
