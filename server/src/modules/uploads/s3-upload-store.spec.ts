import { Logger } from '@nestjs/common';
import { S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { Readable } from 'node:stream';
import { S3UploadStore } from './s3-upload-store';

const s3Error = (name: string, httpStatusCode: number) =>
  new S3ServiceException({ name, $fault: 'client', $metadata: { httpStatusCode }, message: name });

/**
 * An S3 client whose answers are scripted per command name (the integration spec runs the real server;
 * these cases are the races and failures a real server will not stage on demand).
 */
function fakeS3(answers: Record<string, (input: Record<string, unknown>) => unknown>) {
  const sent: string[] = [];
  const client = {
    send: async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
      const name = command.constructor.name.replace(/Command$/, '');
      sent.push(name);
      const answer = answers[name];
      if (!answer) throw new Error(`unexpected ${name}`);
      return answer(command.input);
    },
    destroy: () => undefined,
  };
  return { client: client as unknown as S3Client, sent };
}

describe('S3UploadStore', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('creates a missing bucket at start', async () => {
    const { client, sent } = fakeS3({
      HeadBucket: () => Promise.reject(s3Error('NotFound', 404)),
      CreateBucket: () => ({}),
    });
    await new S3UploadStore(client, 'pictures').onModuleInit();
    expect(sent).toEqual(['HeadBucket', 'CreateBucket']);
  });

  it('leaves an existing bucket alone', async () => {
    const { client, sent } = fakeS3({ HeadBucket: () => ({}) });
    await new S3UploadStore(client, 'pictures').onModuleInit();
    expect(sent).toEqual(['HeadBucket']);
  });

  it('starts when another node created the bucket between its check and its create', async () => {
    let created = false;
    const { client, sent } = fakeS3({
      HeadBucket: () => (created ? {} : Promise.reject(s3Error('NotFound', 404))),
      CreateBucket: () => {
        created = true; // the other node's create landed first
        return Promise.reject(s3Error('BucketAlreadyOwnedByYou', 409));
      },
    });
    await new S3UploadStore(client, 'pictures').onModuleInit();
    expect(sent).toEqual(['HeadBucket', 'CreateBucket', 'HeadBucket']);
  });

  it('refuses to start when the bucket cannot be created or reached, naming the bucket', async () => {
    const denied = fakeS3({
      HeadBucket: () => Promise.reject(s3Error('NotFound', 404)),
      CreateBucket: () => Promise.reject(s3Error('AccessDenied', 403)),
    });
    await expect(new S3UploadStore(denied.client, 'pictures').onModuleInit()).rejects.toThrow(
      /Cannot create the S3 bucket "pictures"/,
    );
    const forbidden = fakeS3({ HeadBucket: () => Promise.reject(s3Error('Forbidden', 403)) });
    await expect(new S3UploadStore(forbidden.client, 'pictures').onModuleInit()).rejects.toThrow(
      /Cannot reach the S3 bucket "pictures"/,
    );
  });

  it('keeps pictures under uploads/ with their type and the year-long cache header', async () => {
    const puts: Record<string, unknown>[] = [];
    const { client } = fakeS3({ PutObject: (input) => (puts.push(input), {}) });
    await new S3UploadStore(client, 'pictures').put('abc-640.webp', Buffer.from('x'), 'image/webp');
    expect(puts[0]).toMatchObject({
      Bucket: 'pictures',
      Key: 'uploads/abc-640.webp',
      ContentType: 'image/webp',
      ContentLength: 1,
      CacheControl: 'public, max-age=31536000, immutable',
    });
  });

  it('answers a missing object as absent and passes other failures on', async () => {
    const missing = fakeS3({
      GetObject: () => Promise.reject(s3Error('NoSuchKey', 404)),
      HeadObject: () => Promise.reject(s3Error('NotFound', 404)),
    });
    const store = new S3UploadStore(missing.client, 'pictures');
    expect(await store.open('abc-640.webp')).toBeNull();
    expect(await store.exists('abc-640.webp')).toBe(false);

    const down = fakeS3({
      GetObject: () => Promise.reject(s3Error('InternalError', 500)),
      HeadObject: () => Promise.reject(s3Error('ServiceUnavailable', 503)),
    });
    const broken = new S3UploadStore(down.client, 'pictures');
    await expect(broken.open('abc-640.webp')).rejects.toThrow('InternalError');
    await expect(broken.exists('abc-640.webp')).rejects.toThrow('ServiceUnavailable');
  });

  it('streams an object with its length', async () => {
    const { client } = fakeS3({
      GetObject: () => ({ Body: Readable.from([Buffer.from('pict')]), ContentLength: 4 }),
    });
    const file = await new S3UploadStore(client, 'pictures').open('abc-640.webp');
    expect(file?.size).toBe(4);
    const chunks: Buffer[] = [];
    for await (const c of file!.body) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('pict');
  });
});
