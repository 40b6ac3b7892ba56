import type { WhatsappLeadRequest } from '@pameran/contracts';
import { fairApi } from './endpoints';

/** A wa.me link with a prefilled message; `number` is E.164 (+62…). */
export function whatsappLink(number: string, text: string): string {
  return `https://wa.me/${number.replace(/\D/g, '')}?text=${encodeURIComponent(text)}`;
}

const WHATSAPP_URL = /^https:\/\/(wa\.me|api\.whatsapp\.com)\//;

/**
 * Record the lead on the server and open the link it returns; when that fails, open the link built
 * here, so a buyer always reaches the seller. The window is opened inside the click, before any
 * await, because browsers block pop-ups opened later.
 */
export async function openWhatsapp(request: WhatsappLeadRequest, fallback: () => string): Promise<void> {
  const win = window.open('', '_blank');
  let url: string;
  try {
    url = (await fairApi.whatsapp(request)).url;
    if (!WHATSAPP_URL.test(url)) url = fallback();
  } catch {
    url = fallback();
  }
  if (win && !win.closed) {
    win.opener = null;
    win.location.href = url;
  } else {
    window.location.href = url;
  }
}
