import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One message as it arrived: envelope, headers and its decoded parts. */
export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  messageId: string;
  /** The plain-text part. */
  text: string;
  /** The HTML part, if any. */
  html: string;
  attachments: { filename: string; contentType: string; content: string }[];
  /** A top-level header's value (unfolded), or '' when absent. */
  header: (name: string) => string;
  raw: string;
}

/**
 * A real SMTP server on loopback (the `smtp-server` package, the receiving side of nodemailer's author)
 * that keeps what it receives in memory. It runs inside the test process, so a spec can stop it (mail then
 * fails at the sender, as with a mail server that is down) and start it again on the same port.
 */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  /** Addresses this server refuses for good (550 at RCPT TO), as a mailbox that does not exist. */
  readonly refused = new Set<string>();
  private server?: SMTPServer;
  port = 0;

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Listen (on the same port as before when restarted). */
  async start(): Promise<this> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (!this.refused.has(address.address.toLowerCase())) return callback();
        const err = Object.assign(new Error('5.1.1 mailbox unavailable'), { responseCode: 550 });
        callback(err);
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          this.received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            ...parseMessage(raw),
            raw,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Resolves with the mails to `to` once at least `count` arrived; rejects after `timeoutMs`. */
  async waitFor(to: string, count = 1, timeoutMs = 15_000): Promise<ReceivedMail[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const mails = this.received.filter((m) => m.to.includes(to));
      if (mails.length >= count) return mails;
      if (Date.now() > deadline) throw new Error(`no mail to ${to} within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

const splitHead = (raw: string) => {
  const split = raw.indexOf('\r\n\r\n');
  return split < 0
    ? { head: raw, body: '' }
    : { head: raw.slice(0, split).replace(/\r\n[ \t]+/g, ' '), body: raw.slice(split + 4) };
};
const headerOf = (head: string, name: string) =>
  new RegExp(`^${name}: (.*)$`, 'im').exec(head)?.[1].trim() ?? '';

function decodeBody(body: string, encoding: string): string {
  switch (encoding.toLowerCase()) {
    case 'quoted-printable':
      return Buffer.from(
        body
          .replace(/=\r\n/g, '')
          .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
        'latin1',
      ).toString('utf8');
    case 'base64':
      return Buffer.from(body, 'base64').toString('utf8');
    default:
      return body;
  }
}

type Parts = Pick<ReceivedMail, 'text' | 'html' | 'attachments'>;

/** Walk a MIME entity: multipart bodies by their boundary, leaves by their type and disposition. */
function walk(head: string, body: string, out: Parts): void {
  const type = headerOf(head, 'Content-Type');
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    for (const part of body.split(`--${boundary}`).slice(1)) {
      if (part.startsWith('--')) break;
      const entity = splitHead(part.replace(/^\r\n/, ''));
      walk(entity.head, entity.body.replace(/\r\n$/, ''), out);
    }
    return;
  }
  const content = decodeBody(body, headerOf(head, 'Content-Transfer-Encoding'));
  const disposition = headerOf(head, 'Content-Disposition');
  if (/^attachment/i.test(disposition)) {
    const filename = /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? '';
    out.attachments.push({ filename, contentType: type, content });
  } else if (/^text\/html/i.test(type)) out.html = content;
  else if (!out.text) out.text = content;
}

/** Headers and the parts of a message (single-part plain text, or multipart with HTML and attachments). */
function parseMessage(raw: string): Omit<ReceivedMail, 'from' | 'to' | 'raw'> {
  const { head, body } = splitHead(raw);
  const parts: Parts = { text: '', html: '', attachments: [] };
  walk(head, body, parts);
  const header = (name: string) => headerOf(head, name);
  return { subject: decodeWords(header('Subject')), messageId: header('Message-ID'), header, ...parts };
}

/** RFC 2047 encoded words (`=?UTF-8?Q?…?=` / `=?UTF-8?B?…?=`), as nodemailer writes non-ASCII subjects. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, kind: string, data: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : Buffer.from(
            data
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8'),
    );
}
