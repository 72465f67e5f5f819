import type { MailMessage } from '../mail/mailer.js';
import type { Invitation } from './invitation.entity.js';

/**
 * The invitation mail. The token travels in the link's fragment (`/join#…`), which a
 * browser never sends to a server: it stays out of access logs and proxies.
 */
export function invitationMail({
  name,
  email,
  token,
  invitation,
  deps,
}: {
  name: string;
  email: string;
  token: string;
  invitation: Invitation;
  /** Where people open Concord (`PeopleDeps['publicUrl']`). */
  deps: { publicUrl: string };
}): MailMessage {
  const link = `${deps.publicUrl.replace(/\/$/, '')}/join#${token}`;
  const until = invitation.expiresAt.toISOString().slice(0, 16).replace('T', ' ');
  return {
    to: email,
    subject: 'You are invited to Concord',
    text: [
      `Hello ${name},`,
      '',
      'You have been added to Concord, where your quality team calibrates, audits and briefs.',
      'Open this link to choose your password (or sign in with your company account):',
      '',
      link,
      '',
      `The link works once, until ${until} UTC. If you did not expect it, ignore this mail.`,
    ].join('\n'),
  };
}
