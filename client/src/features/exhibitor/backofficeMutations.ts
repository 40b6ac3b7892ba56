import type {
  ApplicationUpdate,
  BackofficeProduct,
  BoothProfile,
  BoothProfileUpdate,
  ProductCreate,
} from '@pameran/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { backofficeApi } from './backofficeApi';
import { backofficeKeys } from './backofficeQueries';
import { useFairSlug } from '../fair/useFairSlug';

/**
 * Apply for a booth, or correct and resubmit the application (`resubmit`): the application changes. A
 * first application also changes the user (they now have an exhibitor): the caller refreshes the session.
 */
export function useSubmitApplication(resubmit: boolean) {
  const queryClient = useQueryClient();
  const slug = useFairSlug(); // a first application is to the fair whose back office this is
  return useMutation({
    mutationFn: (data: ApplicationUpdate): Promise<unknown> =>
      resubmit ? backofficeApi.resubmit(slug, data) : backofficeApi.apply(slug, data),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: backofficeKeys.anyMe() }),
  });
}

/** Save the booth's texts, colours and hours: the answer is the new profile. */
export function useSaveBooth(boothId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (data: BoothProfileUpdate) => backofficeApi.updateBooth(boothId, data),
    onSuccess: (profile) => queryClient.setQueryData(backofficeKeys.profile(boothId), profile),
  });
}

/** A new logo: the profile's picture changes. */
export function useUploadLogo(boothId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => backofficeApi.uploadLogo(boothId, file),
    onSuccess: ({ url }) =>
      queryClient.setQueryData<BoothProfile>(
        backofficeKeys.profile(boothId),
        (p) => p && { ...p, logoUrl: url },
      ),
  });
}

/** Create or edit a product, with the photo chosen for a new one: the booth's product list changes. */
export function useSaveProduct(boothId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      id,
      data,
      photo,
    }: {
      id: string | null;
      data: ProductCreate;
      photo?: File | null;
    }) => {
      const saved = id
        ? await backofficeApi.updateProduct(id, data)
        : await backofficeApi.createProduct(boothId, data);
      if (photo) await backofficeApi.uploadPhoto(saved.id, photo);
      return saved;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: backofficeKeys.products(boothId) }),
  });
}

/** A new photo for a saved product: its picture in the list changes. */
export function useUploadProductPhoto(boothId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ productId, file }: { productId: string; file: File }) =>
      backofficeApi.uploadPhoto(productId, file),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: backofficeKeys.products(boothId) }),
  });
}

export type ProductListChange =
  | { kind: 'order'; ids: string[] }
  | { kind: 'hidden'; product: BackofficeProduct }
  | { kind: 'delete'; id: string };

/**
 * Reorder, hide/show or delete from the list. Each answer says what the list is now (the new order,
 * the changed product, a deletion), so the cached list is updated from it instead of read again.
 */
export function useChangeProductList(boothId: string) {
  const queryClient = useQueryClient();
  const key = backofficeKeys.products(boothId);
  return useMutation({
    mutationFn: async (
      change: ProductListChange,
    ): Promise<(list: BackofficeProduct[]) => BackofficeProduct[]> => {
      switch (change.kind) {
        case 'order': {
          const list = await backofficeApi.reorder(boothId, change.ids);
          return () => list;
        }
        case 'hidden': {
          const changed = await backofficeApi.updateProduct(change.product.id, {
            hidden: !change.product.hidden,
          });
          return (list) => list.map((p) => (p.id === changed.id ? changed : p));
        }
        case 'delete':
          await backofficeApi.deleteProduct(change.id);
          return (list) => list.filter((p) => p.id !== change.id);
      }
    },
    onSuccess: (apply) => queryClient.setQueryData<BackofficeProduct[]>(key, (list) => apply(list ?? [])),
  });
}

/** Check (dry run) or import a spreadsheet of products: an import changes the product list. */
export function useImportProducts(boothId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) =>
      backofficeApi.importProducts(boothId, file, dryRun),
    onSuccess: (report) =>
      report.dryRun
        ? undefined
        : queryClient.invalidateQueries({ queryKey: backofficeKeys.products(boothId) }),
  });
}

export type StaffChange =
  | { kind: 'invite'; note: string }
  | { kind: 'revoke'; inviteId: string }
  | { kind: 'remove'; userId: string };

/** Invite (the answer carries the one-time link), revoke an invitation or remove staff: the staff list changes. */
export function useChangeStaff(boothId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (change: StaffChange) => {
      if (change.kind === 'invite') return backofficeApi.invite(boothId, change.note);
      if (change.kind === 'revoke') await backofficeApi.revokeInvite(boothId, change.inviteId);
      else await backofficeApi.removeStaff(boothId, change.userId);
      return null;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: backofficeKeys.staff(boothId) }),
  });
}
