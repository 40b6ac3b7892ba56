import type { Locale, MailKind } from '@pameran/contracts';

/** What each kind of mail says, as typed data; the templates turn it into words in the reader's language. */
export type MailContent =
  | { kind: 'request_received'; from: string }
  | { kind: 'request_answered'; answer: 'accepted' | 'declined' | 'countered'; by: string }
  | { kind: 'meeting_changed'; change: 'scheduled' | 'moved' | 'cancelled'; by?: string; start?: string }
  | { kind: 'meeting_reminder'; minutes: number; start: string }
  | { kind: 'request_digest'; requests: { from: string; since: string }[] }
  | { kind: 'message_new'; from: string }
  | { kind: 'campaign'; subject: string; text: string };

/** The words of one mail: a subject, paragraphs, and the button that leads into the app. */
export interface MailWords {
  subject: string;
  paragraphs: string[];
  action: { label: string; path: string };
}

/** The footer's words, the same for every kind that can be turned off. */
export interface FooterWords {
  why: string;
  preferences: string;
  unsubscribe: string;
}

type Texts<K extends MailKind> = (c: Extract<MailContent, { kind: K }>) => MailWords;
type LocaleTexts = { [K in MailKind]: Texts<K> } & { footer: FooterWords; mandatory: string };

const ANSWER_ID = { accepted: 'menerima', declined: 'menolak', countered: 'mengusulkan waktu lain untuk' };
const CHANGE_ID = { scheduled: 'dijadwalkan', moved: 'dipindahkan', cancelled: 'dibatalkan' };

export const MAIL_TEXTS: Record<Locale, LocaleTexts> = {
  id: {
    request_received: (c) => ({
      subject: `Permintaan pertemuan baru dari ${c.from}`,
      paragraphs: [
        `${c.from} ingin bertemu dengan Anda di pameran.`,
        'Jawab sebelum permintaan ini kedaluwarsa.',
      ],
      action: { label: 'Lihat permintaan', path: '/meetings' },
    }),
    request_answered: (c) => ({
      subject: `${c.by} ${ANSWER_ID[c.answer]} permintaan pertemuan Anda`,
      paragraphs: [`${c.by} ${ANSWER_ID[c.answer]} permintaan pertemuan Anda.`],
      action: { label: 'Buka pertemuan', path: '/meetings' },
    }),
    meeting_changed: (c) => ({
      subject: `Pertemuan Anda ${CHANGE_ID[c.change]}`,
      paragraphs: [
        `Pertemuan Anda ${CHANGE_ID[c.change]}${c.by ? ` oleh ${c.by}` : ''}.`,
        ...(c.start ? [`Waktu: ${c.start}`] : []),
      ],
      action: { label: 'Buka pertemuan', path: '/meetings' },
    }),
    meeting_reminder: (c) => ({
      subject: `Pengingat: pertemuan Anda dimulai dalam ${c.minutes} menit`,
      paragraphs: [`Pertemuan Anda dimulai pukul ${c.start}.`, 'Undangan kalender terlampir (.ics).'],
      action: { label: 'Buka pertemuan', path: '/meetings' },
    }),
    request_digest: (c) => ({
      subject: `${c.requests.length} permintaan pertemuan menunggu jawaban Anda`,
      paragraphs: [
        'Permintaan berikut belum dijawab:',
        ...c.requests.map((r) => `• ${r.from} (sejak ${r.since})`),
      ],
      action: { label: 'Jawab sekarang', path: '/meetings' },
    }),
    message_new: (c) => ({
      subject: `Pesan baru dari ${c.from}`,
      paragraphs: [`${c.from} mengirim pesan kepada Anda.`],
      action: { label: 'Baca pesan', path: '/meetings' },
    }),
    campaign: (c) => ({
      subject: c.subject,
      paragraphs: c.text.split(/\n{2,}/),
      action: { label: 'Buka Pameran', path: '/' },
    }),
    footer: {
      why: 'Anda menerima e-mail ini karena terdaftar di Pameran.',
      preferences: 'Atur e-mail yang Anda terima',
      unsubscribe: 'Berhenti menerima e-mail jenis ini',
    },
    mandatory: 'Pengingat pertemuan selalu dikirim selama pertemuan tetap berlangsung.',
  },
  en: {
    request_received: (c) => ({
      subject: `New meeting request from ${c.from}`,
      paragraphs: [`${c.from} would like to meet you at the fair.`, 'Answer before the request expires.'],
      action: { label: 'See the request', path: '/meetings' },
    }),
    request_answered: (c) => ({
      subject: `${c.by} ${c.answer === 'countered' ? 'proposed another time for' : c.answer} your meeting request`,
      paragraphs: [
        `${c.by} ${c.answer === 'countered' ? 'proposed another time for' : c.answer} your meeting request.`,
      ],
      action: { label: 'Open meetings', path: '/meetings' },
    }),
    meeting_changed: (c) => ({
      subject: `Your meeting was ${c.change === 'scheduled' ? 'booked' : c.change}`,
      paragraphs: [
        `Your meeting was ${c.change === 'scheduled' ? 'booked' : c.change}${c.by ? ` by ${c.by}` : ''}.`,
        ...(c.start ? [`Time: ${c.start}`] : []),
      ],
      action: { label: 'Open meetings', path: '/meetings' },
    }),
    meeting_reminder: (c) => ({
      subject: `Reminder: your meeting starts in ${c.minutes} minutes`,
      paragraphs: [`Your meeting starts at ${c.start}.`, 'The calendar invitation is attached (.ics).'],
      action: { label: 'Open meetings', path: '/meetings' },
    }),
    request_digest: (c) => ({
      subject: `${c.requests.length} meeting requests are waiting for your answer`,
      paragraphs: [
        'These requests have not been answered yet:',
        ...c.requests.map((r) => `• ${r.from} (since ${r.since})`),
      ],
      action: { label: 'Answer now', path: '/meetings' },
    }),
    message_new: (c) => ({
      subject: `New message from ${c.from}`,
      paragraphs: [`${c.from} sent you a message.`],
      action: { label: 'Read the message', path: '/meetings' },
    }),
    campaign: (c) => ({
      subject: c.subject,
      paragraphs: c.text.split(/\n{2,}/),
      action: { label: 'Open Pameran', path: '/' },
    }),
    footer: {
      why: 'You get this e-mail because you registered at Pameran.',
      preferences: 'Choose which e-mails you get',
      unsubscribe: 'Stop e-mails of this kind',
    },
    mandatory: 'Meeting reminders are always sent while the meeting is on.',
  },
};
