import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';

/** One message, as a job carries it. */
export type MailMessage = { to: string; subject: string; text: string; html?: string };

declare module '../shared/jobs.js' {
  interface JobPayloads {
    'mail.send': MailMessage;
  }
}

/**
 * Sends Concord's mail: over SMTP when SMTP_URL is set (nodemailer), otherwise into
 * DATA_DIR/mail as one .eml file a message (the raw message nodemailer would have sent), so
 * an offline install still has its invitation and reset links, readable by an admin.
 */
export class Mailer {
  private readonly transport: Transporter;
  readonly folder: string | null;

  constructor(private readonly options: { smtpUrl?: string; from: string; dataDir: string }) {
    this.folder = options.smtpUrl ? null : path.join(options.dataDir, 'mail');
    // Pooled: a batch of invitations (a people file) reuses a few open connections instead
    // of a TCP and SMTP handshake per message (200 mails: 15 s unpooled in the tests).
    this.transport = options.smtpUrl
      ? nodemailer.createTransport({ url: options.smtpUrl, pool: true, maxConnections: 4 })
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  }

  /** Throws when the server refuses or cannot be reached: the job is tried again later. */
  async send(message: MailMessage): Promise<void> {
    const info = await this.transport.sendMail({ from: this.options.from, ...message });
    if (this.folder) {
      await mkdir(this.folder, { recursive: true, mode: 0o700 });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`;
      await writeFile(path.join(this.folder, name), (info as { message: Buffer }).message, { mode: 0o600 });
    }
  }

  close() {
    this.transport.close();
  }
}
