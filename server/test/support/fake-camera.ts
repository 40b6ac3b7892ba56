import { writeFileSync } from 'node:fs';
import QRCode from 'qrcode';
import sharp from 'sharp';

const WIDTH = 640;
const HEIGHT = 480;

/**
 * A .y4m video for Chromium's fake camera (`--use-file-for-fake-video-capture`): `text` as a QR code on
 * white, centred in a 640×480 grey frame (YUV 4:2:0, the chroma planes neutral), a second long at 10 fps,
 * which Chromium loops. What a phone held up to a printed badge sees, minus the blur.
 */
export async function qrVideo(text: string, path: string): Promise<void> {
  const png = await QRCode.toBuffer(text, { errorCorrectionLevel: 'M', margin: 4, width: 360 });
  const { data, info } = await sharp(png)
    .flatten({ background: '#ffffff' })
    .extend({
      top: Math.floor((HEIGHT - 360) / 2),
      bottom: Math.ceil((HEIGHT - 360) / 2),
      left: Math.floor((WIDTH - 360) / 2),
      right: Math.ceil((WIDTH - 360) / 2),
      background: '#bbbbbb',
    })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 1 || info.width !== WIDTH || info.height !== HEIGHT)
    throw new Error(
      `expected a ${WIDTH}×${HEIGHT} grey frame, got ${info.width}×${info.height}×${info.channels}`,
    );
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), data, chroma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
  writeFileSync(path, Buffer.concat([header, ...Array.from({ length: 10 }, () => frame)]));
}
