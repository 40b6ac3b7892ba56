import { CanvasTexture, SRGBColorSpace } from 'three';
import { initials } from '../ListMode';

/** One atlas cell is a fascia: 6 m × 0.75 m, drawn at 256 × 32 px (8 : 1). */
export const CELL_W = 256;
export const CELL_H = 32;
export const ATLAS_COLS = 8;

export interface Atlas {
  texture: CanvasTexture;
  cols: number;
  rows: number;
}

function makeCanvas(w: number, h: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  return canvas;
}

function texture(canvas: HTMLCanvasElement): CanvasTexture {
  const t = new CanvasTexture(canvas);
  t.colorSpace = SRGBColorSpace;
  t.anisotropy = 4;
  return t;
}

/** Shrink the font until the text fits the width. */
function fit(ctx: CanvasRenderingContext2D, text: string, max: number, size: number, weight = 600): void {
  let s = size;
  do {
    ctx.font = `${weight} ${s}px system-ui, sans-serif`;
    s -= 1;
  } while (ctx.measureText(text).width > max && s > 8);
}

export interface Sign {
  /** Big text. */
  title: string;
  colour: string;
  /** Letters in the round logo at the left; none for zone signs. */
  logo?: string;
}

/**
 * Every booth's fascia (logo initials in a circle + the pesantren's name on its category colour) and
 * every zone sign in one texture, so all fascias are one instanced draw.
 */
export function buildSignAtlas(signs: Sign[]): Atlas {
  const rows = Math.max(1, Math.ceil(signs.length / ATLAS_COLS));
  const height = 2 ** Math.ceil(Math.log2(rows * CELL_H));
  const canvas = makeCanvas(ATLAS_COLS * CELL_W, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.textBaseline = 'middle';
  signs.forEach((sign, i) => {
    const x = (i % ATLAS_COLS) * CELL_W;
    const y = Math.floor(i / ATLAS_COLS) * CELL_H;
    ctx.fillStyle = sign.colour;
    ctx.fillRect(x, y, CELL_W, CELL_H);
    ctx.fillStyle = 'rgba(255,255,255,0.18)';
    ctx.fillRect(x, y, CELL_W, 3);
    let textX = x + 10;
    if (sign.logo !== undefined) {
      ctx.fillStyle = '#fff';
      ctx.beginPath();
      ctx.arc(x + 17, y + CELL_H / 2, 13, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = sign.colour;
      ctx.textAlign = 'center';
      ctx.font = '700 13px system-ui, sans-serif';
      ctx.fillText(sign.logo, x + 17, y + CELL_H / 2 + 1);
      textX = x + 36;
    }
    ctx.fillStyle = '#fff';
    ctx.textAlign = sign.logo === undefined ? 'center' : 'left';
    const room = CELL_W - (textX - x) - 8;
    fit(ctx, sign.title, room, sign.logo === undefined ? 20 : 15, 700);
    ctx.fillText(sign.title, sign.logo === undefined ? x + CELL_W / 2 : textX, y + CELL_H / 2 + 1);
  });
  return { texture: texture(canvas), cols: ATLAS_COLS, rows: height / CELL_H };
}

export function boothSign(name: string, colour: string): Sign {
  return { title: name.replace(/^Pondok Pesantren\s+/i, 'PP '), colour, logo: initials(name) };
}

/** Badge cells: index n shows n people (1…98), the last one "99+". */
export const BADGE_MAX = 99;
const BADGE_W = 64;
const BADGE_H = 32;
const BADGE_COLS = 8;

/** The "people here" pills for counts 1…99+, in one small texture. */
export function buildBadgeAtlas(): Atlas {
  const rows = Math.ceil(BADGE_MAX / BADGE_COLS);
  const canvas = makeCanvas(BADGE_COLS * BADGE_W, 2 ** Math.ceil(Math.log2(rows * BADGE_H)));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  for (let i = 0; i < BADGE_MAX; i++) {
    const x = (i % BADGE_COLS) * BADGE_W;
    const y = Math.floor(i / BADGE_COLS) * BADGE_H;
    ctx.fillStyle = '#1f6f50';
    ctx.beginPath();
    ctx.roundRect(x + 2, y + 3, BADGE_W - 4, BADGE_H - 6, 12);
    ctx.fill();
    ctx.fillStyle = '#fff';
    // A person: head and shoulders.
    ctx.beginPath();
    ctx.arc(x + 15, y + 12, 4, 0, Math.PI * 2);
    ctx.fill();
    ctx.beginPath();
    ctx.arc(x + 15, y + 24, 7, Math.PI, 0);
    ctx.fill();
    ctx.font = '700 17px system-ui, sans-serif';
    ctx.fillText(i === BADGE_MAX - 1 ? '99+' : String(i + 1), x + 39, y + BADGE_H / 2 + 1);
  }
  return { texture: texture(canvas), cols: BADGE_COLS, rows: canvas.height / BADGE_H };
}

/** The badge cell for a count, -1 (hidden) for nobody. */
export const badgeCell = (count: number) => (count <= 0 ? -1 : Math.min(count, BADGE_MAX) - 1);
