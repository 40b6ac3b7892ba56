import type { BulkDecision, ConsoleSettings } from '@pameran/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { consoleApi, uploadImport } from './consoleApi';
import { consoleKeys } from './consoleQueries';
import { useFairSlug } from '../fair/useFairSlug';

export type ModerationAction =
  | { kind: 'delete'; boothId: string; messageId: string }
  | { kind: 'mute' | 'ban'; userId: string; reason: string }
  | { kind: 'lift'; userId: string };

/** Mutes last an hour; a ban lasts until it is lifted. */
const MUTE_MINUTES = 60;

function moderate(slug: string, action: ModerationAction): Promise<unknown> {
  switch (action.kind) {
    case 'delete':
      return consoleApi.deleteMessage(action.boothId, action.messageId);
    case 'lift':
      return consoleApi.lift(slug, action.userId);
    default:
      return consoleApi.sanction(slug, {
        userId: action.userId,
        kind: action.kind,
        minutes: action.kind === 'mute' ? MUTE_MINUTES : undefined,
        reason: action.reason,
      });
  }
}

/** Delete a message, mute, ban or lift: the chat feed and the sanctions change. */
export function useModerationAction() {
  const slug = useFairSlug();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: ModerationAction) => moderate(slug, action),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consoleKeys.moderation() }),
  });
}

/**
 * Registered-only chat: the switch moves at once, and goes back (with the error shown by the caller) when
 * the server refuses.
 */
export function useSetRegisteredOnly() {
  const queryClient = useQueryClient();
  const key = consoleKeys.settings();
  const slug = useFairSlug();
  return useMutation({
    mutationFn: (on: boolean) => consoleApi.setChatRegisteredOnly(slug, on),
    onMutate: async (on) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<ConsoleSettings>(key);
      if (previous) queryClient.setQueryData<ConsoleSettings>(key, { ...previous, chatRegisteredOnly: on });
      return { previous };
    },
    onError: (_error, _on, mutated) => queryClient.setQueryData(key, mutated?.previous),
    onSuccess: (settings) => queryClient.setQueryData(key, settings),
  });
}

/** Approve or reject applications: the list and the dashboard's exhibitor figures change. */
export function useBulkDecision() {
  const slug = useFairSlug();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: BulkDecision) => consoleApi.bulk(slug, decision),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: consoleKeys.exhibitors() }),
        queryClient.invalidateQueries({ queryKey: consoleKeys.dashboard() }),
      ]),
  });
}

/** Check (dry run) or import a file of pesantren and products; an import adds applications. */
export function useExhibitorImport(onProgress: (fraction: number) => void) {
  const queryClient = useQueryClient();
  const slug = useFairSlug();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) =>
      uploadImport(slug, file, dryRun, onProgress),
    onSuccess: (report) =>
      report.dryRun ? undefined : queryClient.invalidateQueries({ queryKey: consoleKeys.exhibitors() }),
  });
}

/** Verify or reject (with a reason) a claimed deal: the queue and the dashboard's deal figures change. */
export function useDealDecision() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (d: { id: string; verify: true } | { id: string; verify: false; reason: string }) =>
      d.verify ? consoleApi.verifyDeal(d.id) : consoleApi.rejectDeal(d.id, d.reason),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: consoleKeys.deals() }),
        queryClient.invalidateQueries({ queryKey: consoleKeys.dashboard() }),
      ]),
  });
}
