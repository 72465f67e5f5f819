import type { MailMessage } from '../mail/mailer.js';

/** The languages Concord's interface and mail are written in; anything else reads English. */
export const MAIL_LANGUAGES = ['en', 'it', 'de', 'ko'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

/** The mail language for a person who reads `languages` (BCP 47, preferred first): the first one Concord speaks. */
export function mailLanguage(languages: readonly string[]): MailLanguage {
  for (const tag of languages) {
    if (typeof tag !== 'string') continue;
    const base = tag.toLowerCase().split('-')[0] as MailLanguage;
    if (MAIL_LANGUAGES.includes(base)) return base;
  }
  return 'en';
}

/** The languages a person reads: their own list, or their market's language. */
export const readsIn = (user: { languages: string[]; market: { language: string } }) =>
  user.languages.length ? user.languages : [user.market.language];

type Words = {
  subject: string;
  hello: (name: string) => string;
  body: string[];
  after: (until: string) => string;
};

const INVITATION: Record<MailLanguage, Words> = {
  en: {
    subject: 'You are invited to Concord',
    hello: (name) => `Hello ${name},`,
    body: [
      'You have been added to Concord, where your quality team calibrates, audits and briefs.',
      'Open this link to choose your password (or sign in with your company account):',
    ],
    after: (until) => `The link works once, until ${until} UTC. If you did not expect it, ignore this mail.`,
  },
  it: {
    subject: 'Sei stato invitato su Concord',
    hello: (name) => `Ciao ${name},`,
    body: [
      'Sei stato aggiunto a Concord, dove il tuo team qualità fa calibrazioni, audit e briefing.',
      'Apri questo link per scegliere la tua password (o accedi con l’account aziendale):',
    ],
    after: (until) =>
      `Il link funziona una volta sola, fino al ${until} UTC. Se non te lo aspettavi, ignora questa mail.`,
  },
  de: {
    subject: 'Sie sind zu Concord eingeladen',
    hello: (name) => `Hallo ${name},`,
    body: [
      'Sie wurden zu Concord hinzugefügt, wo Ihr Qualitätsteam kalibriert, auditiert und brieft.',
      'Öffnen Sie diesen Link, um Ihr Passwort zu wählen (oder melden Sie sich mit Ihrem Firmenkonto an):',
    ],
    after: (until) =>
      `Der Link funktioniert einmal, bis ${until} UTC. Wenn Sie ihn nicht erwartet haben, ignorieren Sie diese Mail.`,
  },
  ko: {
    subject: 'Concord에 초대되었습니다',
    hello: (name) => `${name}님, 안녕하세요.`,
    body: [
      '품질 팀이 캘리브레이션, 감사, 브리핑을 진행하는 Concord에 추가되었습니다.',
      '아래 링크를 열어 비밀번호를 정하세요(또는 회사 계정으로 로그인하세요):',
    ],
    after: (until) => `이 링크는 ${until} UTC까지 한 번만 사용할 수 있습니다. 예상하지 못한 메일이라면 무시하세요.`,
  },
};

const RESET: Record<MailLanguage, Omit<Words, 'after'> & { after: string }> = {
  en: {
    subject: 'Choose a new Concord password',
    hello: INVITATION.en.hello,
    body: [
      'Someone (we hope you) asked to choose a new password for your Concord account.',
      'Open this link within an hour to do it; it works once:',
    ],
    after:
      'Choosing a new password signs you out everywhere. If you did not ask, ignore this mail: your password stays as it is.',
  },
  it: {
    subject: 'Scegli una nuova password per Concord',
    hello: INVITATION.it.hello,
    body: [
      'Qualcuno (speriamo tu) ha chiesto di scegliere una nuova password per il tuo account Concord.',
      'Apri questo link entro un’ora; funziona una volta sola:',
    ],
    after:
      'Scegliere una nuova password ti disconnette ovunque. Se non l’hai chiesto, ignora questa mail: la password resta com’è.',
  },
  de: {
    subject: 'Neues Concord-Passwort wählen',
    hello: INVITATION.de.hello,
    body: [
      'Jemand (hoffentlich Sie) hat ein neues Passwort für Ihr Concord-Konto angefordert.',
      'Öffnen Sie diesen Link innerhalb einer Stunde; er funktioniert einmal:',
    ],
    after:
      'Ein neues Passwort meldet Sie überall ab. Wenn Sie es nicht angefordert haben, ignorieren Sie diese Mail: Ihr Passwort bleibt.',
  },
  ko: {
    subject: 'Concord 새 비밀번호 설정',
    hello: INVITATION.ko.hello,
    body: [
      '누군가(본인이길 바랍니다) Concord 계정의 새 비밀번호를 요청했습니다.',
      '한 시간 안에 아래 링크를 여세요. 한 번만 사용할 수 있습니다:',
    ],
    after:
      '새 비밀번호를 정하면 모든 기기에서 로그아웃됩니다. 요청하지 않았다면 이 메일을 무시하세요. 비밀번호는 그대로입니다.',
  },
};

const linkTo = (publicUrl: string, page: string, token: string) => `${publicUrl.replace(/\/$/, '')}/${page}#${token}`;

/** The link an invitation's token opens. */
export const joinLink = (publicUrl: string, token: string) => linkTo(publicUrl, 'join', token);

/**
 * The invitation mail, in the invitee's language. The token travels in the link's fragment
 * (`/join#…`), which a browser never sends to a server: it stays out of access logs and proxies.
 */
export function invitationMail(args: {
  name: string;
  email: string;
  token: string;
  expiresAt: Date;
  language: MailLanguage;
  /** Where people open Concord (`PeopleDeps['publicUrl']`). */
  deps: { publicUrl: string };
}): MailMessage {
  const words = INVITATION[args.language];
  const until = args.expiresAt.toISOString().slice(0, 16).replace('T', ' ');
  return {
    to: args.email,
    subject: words.subject,
    text: [
      words.hello(args.name),
      '',
      ...words.body,
      '',
      linkTo(args.deps.publicUrl, 'join', args.token),
      '',
      words.after(until),
    ].join('\n'),
  };
}

/** The reset mail, in the person's language; its token rides in the link's fragment, like an invitation's. */
export function passwordResetMail(args: {
  name: string;
  email: string;
  token: string;
  language: MailLanguage;
  deps: { publicUrl: string };
}): MailMessage {
  const words = RESET[args.language];
  return {
    to: args.email,
    subject: words.subject,
    text: [
      words.hello(args.name),
      '',
      ...words.body,
      '',
      linkTo(args.deps.publicUrl, 'reset-password', args.token),
      '',
      words.after,
    ].join('\n'),
  };
}
