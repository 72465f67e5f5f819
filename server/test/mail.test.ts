import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob } from '../src/modules/shared/jobs.js';
import { startSmtp } from './support/smtp.js';
import { startTestServer, type TestServer } from './support/test-server.js';

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let s: TestServer;

beforeAll(async () => {
  smtp = await startSmtp();
  s = await startTestServer({ SMTP_URL: smtp.url, MAIL_FROM: 'Concord QA <qa@concord.test>' });
});
afterAll(async () => {
  await s?.concord.stop();
  await smtp?.close();
});

const em = () => s.concord.deps.orm.em.fork() as EntityManager;
const message = (subject: string) => ({ to: 'reviewer@vendor.test', subject, text: `Body of ${subject}.` });

describe('mail through jobs', () => {
  it('sends a message queued in a committed transaction over SMTP, and never one whose transaction rolled back', async () => {
    const before = smtp.messages.length;
    await expect(
      em().transactional(async (tx) => {
        await enqueueJob(tx, 'mail.send', message('rolled back'));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await em().transactional((tx) => enqueueJob(tx, 'mail.send', message('committed')));

    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail!.subject).toBe('committed');
    expect(mail!.from?.text).toBe('"Concord QA" <qa@concord.test>');
    expect(mail!.to && !Array.isArray(mail!.to) ? mail!.to.text : '').toBe('reviewer@vendor.test');
    expect(mail!.text?.trim()).toBe('Body of committed.');
    // Once the queue is empty, whatever was queued has been sent: the rolled-back job never existed.
    let waiting = -1;
    for (let i = 0; i < 100 && waiting !== 0; i++) {
      if (i > 0) await new Promise((resolve) => setTimeout(resolve, 50));
      const [jobs] = await em().execute<{ count: string }[]>('select count(*) from graphile_worker.jobs');
      waiting = Number(jobs!.count);
    }
    expect(waiting).toBe(0);
    expect(smtp.messages.map((m) => m.subject)).not.toContain('rolled back');
  });

  it('tries again when the SMTP server refuses for now, and delivers once', async () => {
    const before = smtp.messages.length;
    smtp.refuseNext(1);
    await enqueueJob(em(), 'mail.send', message('after a refusal'));
    const arrived = (await smtp.waitFor(before + 1)).slice(before);
    expect(smtp.refused).toBe(1);
    expect(arrived.map((m) => m.subject)).toEqual(['after a refusal']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.messages.length).toBe(before + 1);
  });
});

describe('mail with no SMTP server configured', () => {
  it('writes each message to DATA_DIR/mail as an .eml file a person can open', async () => {
    const offline = await startTestServer();
    try {
      const folder = path.join(offline.concord.deps.config.DATA_DIR, 'mail');
      await enqueueJob(offline.concord.deps.orm.em.fork() as EntityManager, 'mail.send', message('offline'));
      let files: string[] = [];
      for (let i = 0; i < 200 && files.length === 0; i++) {
        files = await readdir(folder).catch(() => []);
        if (files.length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/\.eml$/);
      const mail = await simpleParser(await readFile(path.join(folder, files[0]!)));
      expect(mail.subject).toBe('offline');
      expect(mail.text?.trim()).toBe('Body of offline.');
    } finally {
      await offline.concord.stop();
    }
  });
});
