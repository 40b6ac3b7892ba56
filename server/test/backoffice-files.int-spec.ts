import { Workbook } from 'exceljs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { ProductEntity } from '../src/modules/catalogue/product.entity';
import { FairFactory } from './factories/fair.factory';
import { signedIn } from './factories/user.factory';
import { createApp, TestApp } from './support/create-app';

/** A PNG whose header claims `w`×`h` pixels but whose data is tiny: a decompression bomb by declaration. */
function pngBomb(w: number, h: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(1 + w * 3))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A photo-like JPEG: a gradient with some texture, so it compresses like a real picture. */
async function photo(width: number, height: number): Promise<Buffer> {
  const noise = await sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .png()
    .toBuffer();
  return sharp(noise)
    .composite([
      {
        input: Buffer.from(
          `<svg width="${width}" height="${height}"><defs><linearGradient id="g"><stop offset="0" stop-color="#e76f51"/><stop offset="1" stop-color="#2a9d8f"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)" opacity=".8"/></svg>`,
        ),
      },
    ])
    .jpeg({ quality: 85 })
    .toBuffer();
}

describe('back office files: photo uploads and product import', () => {
  let t: TestApp;
  let boothId: string;
  let productId: string;
  let owner: string;
  let uploadsDir: string;

  const post = async (path: string, file: Buffer | null, name: string, token = owner) => {
    const form = new FormData();
    if (file) form.append('file', new Blob([new Uint8Array(file)]), name);
    const res = await fetch(`${t.url}/api/backoffice${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const files = () => {
    try {
      return readdirSync(uploadsDir).sort();
    } catch {
      return [];
    }
  };
  const imageKey = async () =>
    (await t.db.getRepository(ProductEntity).findOneByOrFail({ id: productId })).imageKey;
  const productNames = async () =>
    (await t.db.getRepository(ProductEntity).find({ where: { boothId }, order: { sortOrder: 'ASC' } })).map(
      (p) => p.nameId,
    );

  beforeAll(async () => {
    t = await createApp();
    uploadsDir = join(t.config.dataDir, 'uploads');
    const event = await FairFactory.event(t.db, 'files-fair');
    const { booth, exhibitor, products } = await FairFactory.booth(t.db, event.id, { products: 1 });
    boothId = booth.id;
    productId = products[0].id;
    const me = await signedIn(t, 'exhibitor', { exhibitorId: exhibitor.id });
    await t.db.query('UPDATE exhibitor SET owner_user_id = $1 WHERE id = $2', [me.user.id, exhibitor.id]);
    owner = me.token;
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('uploads', () => {
    it.each([
      ['no file', null, 'x.jpg', 400, 'upload_missing'],
      [
        'text named .jpg',
        Buffer.from('just some text, not a picture at all'),
        'photo.jpg',
        415,
        'upload_type',
      ],
      [
        'an SVG named .png',
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'),
        'logo.png',
        415,
        'upload_type',
      ],
      [
        'a JPEG header then garbage',
        Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(4000, 7)]),
        'p.jpg',
        422,
        'upload_corrupt',
      ],
      ['a PNG declaring 30000×30000 px', pngBomb(30000, 30000), 'bomb.png', 422, 'upload_too_many_pixels'],
      [
        '16 MB',
        Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(16 * 1024 * 1024)]),
        'big.jpg',
        413,
        'upload_too_large',
      ],
    ] as const)(
      'refuses %s with a clear 4xx naming the file field, leaving nothing behind',
      async (_, file, name, status, code) => {
        const before = files();
        const res = await post(`/products/${productId}/photo`, file as Buffer | null, name);
        expect(res.status).toBe(status);
        expect(res.body).toMatchObject({ statusCode: status, code });
        expect(res.body.fields[0].path).toBe('file');
        expect(files()).toEqual(before);
        expect(await imageKey()).toBeNull();
      },
    );

    it('refuses a truncated JPEG (decodes part-way) without leaving files', async () => {
      const whole = await photo(800, 600);
      const before = files();
      const res = await post(
        `/products/${productId}/photo`,
        whole.subarray(0, Math.floor(whole.length * 0.6)),
        'cut.jpg',
      );
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('upload_corrupt');
      expect(files()).toEqual(before);
      expect(await imageKey()).toBeNull();
    });

    it('resizes a good photo into WebP and JPEG widths, served with year-long immutable caching', async () => {
      const res = await post(`/products/${productId}/photo`, await photo(4000, 3000), 'IMG_2020.JPG');
      expect(res.status).toBe(200);
      const key = res.body.key as string;
      expect(await imageKey()).toBe(key);
      expect(files()).toEqual(
        [320, 640, 1280].flatMap((w) => [`${key}-${w}.jpg`, `${key}-${w}.webp`]).sort(),
      );
      const webp = await fetch(`${t.url}${res.body.url}`, {
        headers: { accept: 'image/avif,image/webp,*/*' },
      });
      expect(webp.headers.get('content-type')).toBe('image/webp');
      expect(webp.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(webp.headers.get('vary')).toBe('Accept');
      const revalidated = await fetch(`${t.url}${res.body.url}`, {
        headers: { accept: 'image/webp', 'if-none-match': webp.headers.get('etag')! },
      });
      expect([revalidated.status, revalidated.headers.get('cache-control')]).toEqual([
        304,
        'public, max-age=31536000, immutable',
      ]);
      const meta = await sharp(Buffer.from(await webp.arrayBuffer())).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['webp', 640, 480]);
      const jpeg = await fetch(`${t.url}${res.body.url}`, { headers: { accept: 'image/jpeg,*/*' } });
      expect(jpeg.headers.get('content-type')).toBe('image/jpeg');
      expect((await sharp(Buffer.from(await jpeg.arrayBuffer())).metadata()).width).toBe(640);
      const big = await fetch(`${t.url}${res.body.sizes['1280']}.webp`);
      expect((await sharp(Buffer.from(await big.arrayBuffer())).metadata()).width).toBe(1280);
      expect((await fetch(`${t.url}/api/uploads/${key}-999.webp`)).status).toBe(404);
      expect((await fetch(`${t.url}/api/uploads/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);

      const booth = (await t.http.get(`/api/booths/${boothId}`)).body;
      expect(booth.products[0].imageUrl).toBe(res.body.url);
      const own = (await t.http.get(`/api/backoffice/booths/${boothId}/products`, owner)).body;
      expect(own[0].hasPhoto).toBe(true);

      // Replacing the photo removes the old files; removing it falls back to the drawn picture.
      const next = await post(`/products/${productId}/photo`, await photo(1200, 1600), 'portrait.jpg');
      expect(next.status).toBe(200);
      expect(files().some((f) => f.startsWith(key))).toBe(false);
      const del = await t.http.request('DELETE', `/api/backoffice/products/${productId}/photo`, {
        token: owner,
      });
      expect(del.status).toBe(204);
      expect(files()).toEqual([]);
      expect((await t.http.get(`/api/booths/${boothId}`)).body.products[0].imageUrl).toMatch(/\.svg$/);
    });

    it('takes a logo (PNG with transparency) and shows it on the booth', async () => {
      const logo = await sharp({
        create: { width: 600, height: 600, channels: 4, background: { r: 0, g: 120, b: 90, alpha: 0.5 } },
      })
        .png()
        .toBuffer();
      const res = await post(`/booths/${boothId}/logo`, logo, 'logo.png');
      expect(res.status).toBe(200);
      expect(Object.keys(res.body.sizes)).toEqual(['128', '256', '512']);
      expect((await t.http.get(`/api/booths/${boothId}`)).body.logoUrl).toBe(res.body.url);
      const webp = await fetch(`${t.url}${res.body.sizes['512']}.webp`);
      expect((await sharp(Buffer.from(await webp.arrayBuffer())).metadata()).hasAlpha).toBe(true);
    });
  });

  describe('product import', () => {
    const csv = (rows: string[]) =>
      Buffer.from(
        ['name_id,name_en,category,price_rupiah,unit,min_order,export_ready,whatsapp_number', ...rows].join(
          '\r\n',
        ),
      );

    it('dry run reports every bad row with line, column and reason; a real run with a bad row imports nothing', async () => {
      const before = await productNames();
      const file = csv([
        'Dodol Garut,Garut Dodol,makanan,25000,kotak,5,ya,',
        'X,,makanan,abc,kotak,0,mungkin,0812',
        '"Kopi ""Halu""",Halu Coffee,kopi,90000,,1,tidak,081234567890',
      ]);
      const dry = await post(`/booths/${boothId}/products/import`, file, 'produk.csv');
      expect(dry.status).toBe(200);
      expect(dry.body).toMatchObject({ dryRun: true, format: 'csv', rows: 3, valid: 1, imported: 0 });
      const issues = dry.body.errors.map((e: { line: number; field: string }) => `${e.line}:${e.field}`);
      expect(issues.sort()).toEqual(
        [
          '3:name_id',
          '3:price_rupiah',
          '3:min_order',
          '3:export_ready',
          '3:whatsapp_number',
          '4:category',
          '4:unit',
        ].sort(),
      );
      expect(dry.body.errors[0].reason).toEqual(expect.any(String));

      const real = await post(`/booths/${boothId}/products/import?dryRun=false`, file, 'produk.csv');
      expect(real.status).toBe(422);
      expect(real.body.code).toBe('import_invalid');
      expect(await productNames()).toEqual(before);
    });

    it('imports a semicolon CSV written the Indonesian way, all rows in one go, after the existing products', async () => {
      const before = await productNames();
      const file = Buffer.from(
        '\ufeffName ID;Category;Price Rupiah;Unit;Export ready;Halal number\n' +
          'Keripik Tempe;makanan;"15.000";pak;ya;ID32110000111110820\n' +
          'Sabun Sereh;Lainnya;Rp 12.500;batang;tidak;\n',
      );
      const res = await post(`/booths/${boothId}/products/import?dryRun=false`, file, 'export.csv');
      expect(res.body).toMatchObject({ dryRun: false, rows: 2, valid: 2, imported: 2, errors: [] });
      expect(await productNames()).toEqual([...before, 'Keripik Tempe', 'Sabun Sereh']);
      const [tempe] = await t.db.getRepository(ProductEntity).find({ where: { nameId: 'Keripik Tempe' } });
      expect([tempe.priceRupiah, tempe.exportReady, tempe.halalNumber]).toEqual([
        15000,
        true,
        'ID32110000111110820',
      ]);
    });

    it('names the row and column of a quote that is never closed instead of reading the rest as one value', async () => {
      const before = await productNames();
      const file = csv([
        'Dodol Garut,Garut Dodol,makanan,25000,kotak,5,ya,',
        'Kopi Halu,"Halu Coffee,kopi,90000,pak,1,tidak,',
        'Teh Hijau,Green Tea,minuman,15000,pak,1,tidak,',
      ]);
      const dry = await post(`/booths/${boothId}/products/import`, file, 'produk.csv');
      expect(dry.body).toMatchObject({ rows: 1, valid: 1, imported: 0 });
      expect(dry.body.errors).toEqual([
        { line: 3, field: 'name_en', reason: expect.stringMatching(/never closed/) },
      ]);
      const real = await post(`/booths/${boothId}/products/import?dryRun=false`, file, 'produk.csv');
      expect([real.status, real.body.code]).toEqual([422, 'import_invalid']);
      expect(await productNames()).toEqual(before);
    });

    it('reads XLSX the same way: dry run names the bad cell, the corrected file imports', async () => {
      const build = async (price: string | number) => {
        const book = new Workbook();
        const sheet = book.addWorksheet('Produk');
        sheet.addRow(['name_id', 'category', 'price_rupiah', 'unit', 'monthly_capacity']);
        sheet.addRow(['Batik Tulis Garutan', 'fesyen', 450000, 'lembar', 120]);
        sheet.addRow([{ richText: [{ text: 'Peci ' }, { text: 'Rajut' }] }, 'fesyen', price, 'buah', null]);
        return Buffer.from(await book.xlsx.writeBuffer());
      };
      const before = await productNames();
      const dry = await post(`/booths/${boothId}/products/import`, await build('mahal'), 'produk.xlsx');
      expect(dry.body).toMatchObject({ format: 'xlsx', rows: 2, valid: 1 });
      expect(dry.body.errors).toEqual([
        { line: 3, field: 'price_rupiah', reason: expect.stringMatching(/whole number/) },
      ]);
      expect(
        (await post(`/booths/${boothId}/products/import?dryRun=false`, await build('mahal'), 'p.xlsx'))
          .status,
      ).toBe(422);
      expect(await productNames()).toEqual(before);
      const ok = await post(`/booths/${boothId}/products/import?dryRun=false`, await build(35000), 'p.xlsx');
      expect(ok.body.imported).toBe(2);
      expect(await productNames()).toEqual([...before, 'Batik Tulis Garutan', 'Peci Rajut']);
    });

    it('refuses a file that is neither CSV nor XLSX, and reports unknown or missing columns on line 1', async () => {
      const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } })
        .png()
        .toBuffer();
      const res = await post(`/booths/${boothId}/products/import`, png, 'produk.csv');
      expect([res.status, res.body.fields[0].path]).toEqual([415, 'file']);
      const wrong = await post(
        `/booths/${boothId}/products/import`,
        Buffer.from('nama,harga\nTeh,5000\n'),
        'p.csv',
      );
      const fields = wrong.body.errors.map((e: { line: number; field: string }) => `${e.line}:${e.field}`);
      expect(fields).toEqual(['1:nama', '1:harga', '1:name_id', '1:category', '1:price_rupiah', '1:unit']);
      const template = await t.http.get(
        '/api/backoffice/products/import-template.csv?event=files-fair',
        owner,
      );
      const report = await post(
        `/booths/${boothId}/products/import`,
        Buffer.from(template.body),
        'template.csv',
      );
      expect(report.body).toMatchObject({ rows: 1, valid: 1, errors: [] });
    });
  });
});
