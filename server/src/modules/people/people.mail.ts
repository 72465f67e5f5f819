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

/** The reset mail; its token rides in the link's fragment, like an invitation's. */
export function passwordResetMail({
  name,
  email,
  token,
  deps,
}: {
  name: string;
  email: string;
  token: string;
  deps: { publicUrl: string };
}): MailMessage {
  const link = `${deps.publicUrl.replace(/\/$/, '')}/reset-password#${token}`;
  return {
    to: email,
    subject: 'Choose a new Concord password',
    text: [
      `Hello ${name},`,
      '',
      'Someone (we hope you) asked to choose a new password for your Concord account.',
      'Open this link within an hour to do it; it works once:',
      '',
      link,
      '',
      'Choosing a new password signs you out everywhere. If you did not ask, ignore this mail: your password stays as it is.',
    ].join('\n'),
  };
}
