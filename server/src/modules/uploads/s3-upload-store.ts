import {
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Readable } from 'node:stream';
import type { UploadStorage } from '../../config/app-config';
import { IMMUTABLE_CACHE } from './upload-urls';
import type { UploadStore } from './upload-store';

type S3Settings = Extract<UploadStorage, { kind: 's3' }>;

/** Objects live under this prefix, so the bucket can hold other things (exports, backups) beside them. */
const PREFIX = 'uploads/';

export function s3Client(s: S3Settings): S3Client {
  return new S3Client({
    endpoint: s.endpoint,
    region: s.region,
    forcePathStyle: s.forcePathStyle,
    credentials: { accessKeyId: s.accessKeyId, secretAccessKey: s.secretAccessKey },
    // The SDK's default CRC checksums on every upload are not understood by every S3-compatible server;
    // send and check them only where the operation requires it (none of ours does).
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    // A storage server that stopped answering must fail a request, not hold a visitor's picture forever.
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
    maxAttempts: 3,
  });
}

const status = (err: unknown) =>
  err instanceof S3ServiceException ? err.$metadata.httpStatusCode : undefined;

/**
 * Pictures as objects in an S3-compatible bucket, shared by every node. Uploads are single PUTs (a picture
 * is at most a few hundred KB after re-encoding), which S3 makes visible whole or not at all.
 */
export class S3UploadStore implements UploadStore, OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(S3UploadStore.name);

  constructor(
    private readonly client: S3Client,
    readonly bucket: string,
  ) {}

  /** The bucket is created on first start; every node may try at once, and any of them may win. */
  async onModuleInit(): Promise<void> {
    if (await this.bucketExists()) return;
    try {
      await this.client.send(new CreateBucketCommand({ Bucket: this.bucket }));
      this.logger.log({ bucket: this.bucket }, 'created the picture bucket');
    } catch (err) {
      // Another node created it between our check and our create (BucketAlreadyOwnedByYou, or a 409 by
      // another name on some servers): fine when it is there now; anything else stops the start.
      if (await this.bucketExists()) return;
      throw new Error(`Cannot create the S3 bucket "${this.bucket}": ${(err as Error).message}`, {
        cause: err,
      });
    }
  }

  onApplicationShutdown(): void {
    this.client.destroy();
  }

  async put(name: string, body: Buffer, contentType: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: PREFIX + name,
        Body: body,
        ContentType: contentType,
        ContentLength: body.length,
        // Read through the app today; kept on the object so a CDN or direct reads would cache alike.
        CacheControl: IMMUTABLE_CACHE,
      }),
    );
  }

  async open(name: string): Promise<{ body: Readable; size: number } | null> {
    try {
      const res = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: PREFIX + name }));
      if (!(res.Body instanceof Readable) || res.ContentLength === undefined)
        throw new Error(`S3 answered GET ${name} without a body stream or length`);
      return { body: res.Body, size: res.ContentLength };
    } catch (err) {
      if (status(err) === 404) return null;
      throw err;
    }
  }

  async exists(name: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: PREFIX + name }));
      return true;
    } catch (err) {
      if (status(err) === 404) return false;
      throw err;
    }
  }

  /** S3 answers 204 for a key that is not there too, so removal is idempotent as the interface asks. */
  async remove(name: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: PREFIX + name }));
  }

  private async bucketExists(): Promise<boolean> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
      return true;
    } catch (err) {
      if (status(err) === 404) return false;
      throw new Error(`Cannot reach the S3 bucket "${this.bucket}": ${(err as Error).message}`, {
        cause: err,
      });
    }
  }
}
