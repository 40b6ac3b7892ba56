import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAsync } from './useAsync';

describe('useAsync', () => {
  it('keeps the last good answer as `previous` when a reload fails', async () => {
    let calls = 0;
    const load = () =>
      ++calls === 2 ? Promise.reject(new Error('429')) : Promise.resolve(`answer ${calls}`);
    const { result } = renderHook(() => useAsync('list', load));
    await waitFor(() => expect(result.current.data).toBe('answer 1'));
    act(() => result.current.reload());
    await waitFor(() => expect(result.current.error).toBeInstanceOf(Error));
    expect(result.current.data).toBeUndefined();
    expect(result.current.previous).toBe('answer 1');
    act(() => result.current.reload());
    await waitFor(() => expect(result.current.data).toBe('answer 3'));
  });

  it('gives the same reload function on every render (effects that depend on it do not loop)', async () => {
    const { result, rerender } = renderHook(() => useAsync('list', () => Promise.resolve(1)));
    const first = result.current.reload;
    await waitFor(() => expect(result.current.data).toBe(1));
    rerender();
    expect(result.current.reload).toBe(first);
  });
});
