import { MANDATORY_MAIL_KINDS, type Locale, type MailKind } from '@pameran/contracts';
import { fairPath } from '../../common/fair-facts.read-model';
import { fairTime } from '../../common/fair-time';
import { MAIL_TEXTS, type MailContent, type MailWords } from './mail-content';

/** A rendered mail: the subject and its two parts, plain text and simple HTML. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/**
 * Where the links lead: the button to `origin` + the fair's pages (`/e/<fair>/…`, when the mail is about a
 * fair); the footer's account pages, `unsubscribe` absent for kinds that cannot be turned off.
 */
export interface MailLinks {
  origin: string;
  /** The slug of the fair the mail is about. */
  fair?: string;
  preferences: string;
  unsubscribe?: string;
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );

/** The words of a mail in the reader's language (the account's locale). */
export function mailWords(locale: Locale, content: MailContent): MailWords {
  const texts = MAIL_TEXTS[locale] as unknown as Record<MailKind, (c: MailContent) => MailWords>;
  return texts[content.kind](content);
}

/**
 * Render a mail server-side from typed data. Everything that came from people (names, campaign text) is
 * escaped in the HTML part; the HTML has no remote images or styles to fetch, so it reads the same offline
 * and tells no tracker when it is opened.
 */
export function renderMail(locale: Locale, content: MailContent, links: MailLinks): RenderedMail {
  const words = mailWords(locale, content);
  const { footer, mandatory } = MAIL_TEXTS[locale];
  const path = words.action.path;
  const action = `${links.origin}${links.fair ? fairPath(links.fair, path) : path}`;
  const mustSend = MANDATORY_MAIL_KINDS.includes(content.kind);
  const footerLines = [
    footer.why,
    ...(mustSend ? [mandatory] : []),
    `${footer.preferences}: ${links.preferences}`,
    ...(links.unsubscribe ? [`${footer.unsubscribe}: ${links.unsubscribe}`] : []),
  ];
  const text = [...words.paragraphs, '', `${words.action.label}: ${action}`, '', '--', ...footerLines].join(
    '\n',
  );
  const a = (href: string, label: string) => `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`;
  const html = [
    '<!doctype html><html><body style="font-family:sans-serif;line-height:1.5;color:#222">',
    ...words.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p>${a(action, words.action.label)}</p>`,
    '<hr><p style="font-size:12px;color:#666">',
    escapeHtml(footer.why),
    ...(mustSend ? [`<br>${escapeHtml(mandatory)}`] : []),
    `<br>${a(links.preferences, footer.preferences)}`,
    ...(links.unsubscribe ? [` · ${a(links.unsubscribe, footer.unsubscribe)}`] : []),
    '</p></body></html>',
  ].join('\n');
  return { subject: words.subject, text, html };
}

/** A time as the reader reads it: their language, their zone, with the zone named ("… 14.00 WITA"). */
export const formatWhen = (iso: string, locale: Locale, timeZone: string): string =>
  fairTime(iso, timeZone, 'full', locale);

/** The content with its times written for this reader (times travel as ISO strings until here). */
export function localised(content: MailContent, locale: Locale, timeZone: string): MailContent {
  if ((content.kind === 'meeting_changed' || content.kind === 'meeting_reminder') && content.start)
    return { ...content, start: formatWhen(content.start, locale, timeZone) };
  if (content.kind === 'request_digest')
    return {
      ...content,
      requests: content.requests.map((r) => ({ ...r, since: formatWhen(r.since, locale, timeZone) })),
    };
  return content;
}
