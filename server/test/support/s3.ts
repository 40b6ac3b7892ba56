import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { randomBytes } from 'node:crypto';

/**
 * The S3-compatible server (versitygw) that scripts/test.sh starts. Each spec uses its own bucket, which the
 * app creates at start, so specs never see each other's objects.
 */
export function s3Service(): { endpoint: string; accessKeyId: string; secretAccessKey: string } {
  const endpoint = process.env.TEST_S3_ENDPOINT;
  const accessKeyId = process.env.TEST_S3_ACCESS_KEY_ID;
  const secretAccessKey = process.env.TEST_S3_SECRET_ACCESS_KEY;
  if (!endpoint || !accessKeyId || !secretAccessKey)
    throw new Error(
      'TEST_S3_ENDPOINT, TEST_S3_ACCESS_KEY_ID and TEST_S3_SECRET_ACCESS_KEY are not set: run the tests through ' +
        '`npm test` (scripts/test.sh), which starts versitygw (scripts/services/versitygw.sh start <dir>)',
    );
  return { endpoint, accessKeyId, secretAccessKey };
}

export const freshBucket = () => `pameran-t-${randomBytes(5).toString('hex')}`;

/** The server's S3_* variables for a bucket on the test service. */
export function s3Env(bucket: string): Record<string, string> {
  const s = s3Service();
  return {
    S3_ENDPOINT: s.endpoint,
    S3_BUCKET: bucket,
    S3_ACCESS_KEY_ID: s.accessKeyId,
    S3_SECRET_ACCESS_KEY: s.secretAccessKey,
  };
}

/** Looks into a bucket from outside the app, as an operator would. */
export class BucketProbe {
  private readonly client: S3Client;

  constructor(readonly bucket: string) {
    const s = s3Service();
    this.client = new S3Client({
      endpoint: s.endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: s.accessKeyId, secretAccessKey: s.secretAccessKey },
    });
  }

  /** Every object name under a prefix, sorted. */
  async keys(prefix = ''): Promise<string[]> {
    const out: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }),
      );
      out.push(...(page.Contents ?? []).map((o) => o.Key!));
      token = page.NextContinuationToken;
    } while (token);
    return out.sort();
  }

  close(): void {
    this.client.destroy();
  }
}
