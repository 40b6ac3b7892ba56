import { ErrorBody } from '@pameran/contracts';
import type { z } from 'zod';
import { api, ApiError } from './api';
import { getAccessToken } from '../stores/session';

/** A multipart upload with the session's token (refreshed once on 401), answering like the JSON client. */
export async function upload<S extends z.ZodType>(path: string, file: Blob, schema: S): Promise<z.output<S>> {
  const attempt = async () => {
    const form = new FormData();
    form.append('file', file, file instanceof File ? file.name : 'file');
    const token = getAccessToken();
    try {
      return await fetch(`/api${path}`, {
        method: 'POST',
        headers: token ? { Authorization: `Bearer ${token}` } : {},
        body: form,
      });
    } catch (e) {
      throw ApiError.network(e);
    }
  };
  let res = await attempt();
  if (res.status === 401 && (await api.refresh())) res = await attempt();
  const json: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const body = ErrorBody.safeParse(json);
    throw new ApiError(
      body.success ? body.data : { statusCode: res.status, error: res.statusText, message: res.statusText },
    );
  }
  return schema.parse(json);
}
