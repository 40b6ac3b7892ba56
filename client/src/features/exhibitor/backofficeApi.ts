import {
  BackofficeMe,
  BackofficeProduct,
  BoothProfile,
  Exhibitor,
  ImportReport,
  InviteAccepted,
  InvitePreview,
  LeadItem,
  LeadsSummary,
  StaffInviteCreated,
  StaffList,
  UploadedImage,
  listOf,
  type ApplicationUpdate,
  type BoothProfileUpdate,
  type ExhibitorApplication,
  type LeadKind,
  type ProductCreate,
  type ProductUpdate,
} from '@pameran/contracts';
import { z } from 'zod';
import { api } from '../../lib/api';
import { upload } from '../../lib/upload';

const ProductList = z.array(BackofficeProduct);
const LeadList = listOf(LeadItem);
const enc = encodeURIComponent;
/** The fair the caller's own exhibitor is read in (a person may be staff in several fairs). */
const inFair = (slug: string) => `event=${enc(slug)}`;

/** The exhibitor's back office (owner edits, staff read); every booth call is checked on the server. */
export const backofficeApi = {
  me: (slug: string, signal?: AbortSignal) =>
    api.get(`/backoffice/me?${inFair(slug)}`, BackofficeMe, { signal }),
  apply: (eventSlug: string, body: Omit<ExhibitorApplication, 'eventSlug'>) =>
    api.post('/exhibitors', Exhibitor, { ...body, eventSlug }),
  resubmit: (slug: string, body: ApplicationUpdate) =>
    api.post(`/backoffice/application?${inFair(slug)}`, BackofficeMe, body),

  booth: (boothId: string, signal?: AbortSignal) =>
    api.get(`/backoffice/booths/${enc(boothId)}`, BoothProfile, { signal }),
  updateBooth: (boothId: string, body: BoothProfileUpdate) =>
    api.patch(`/backoffice/booths/${enc(boothId)}`, BoothProfile, body),
  uploadLogo: (boothId: string, file: Blob) =>
    upload(`/backoffice/booths/${enc(boothId)}/logo`, file, UploadedImage),

  products: (boothId: string, signal?: AbortSignal) =>
    api.get(`/backoffice/booths/${enc(boothId)}/products`, ProductList, { signal }),
  createProduct: (boothId: string, body: ProductCreate) =>
    api.post(`/backoffice/booths/${enc(boothId)}/products`, BackofficeProduct, body),
  updateProduct: (productId: string, body: ProductUpdate) =>
    api.patch(`/backoffice/products/${enc(productId)}`, BackofficeProduct, body),
  deleteProduct: (productId: string) => api.command('DELETE', `/backoffice/products/${enc(productId)}`),
  reorder: (boothId: string, ids: string[]) =>
    api.post(`/backoffice/booths/${enc(boothId)}/products/order`, ProductList, { ids }),
  uploadPhoto: (productId: string, file: Blob) =>
    upload(`/backoffice/products/${enc(productId)}/photo`, file, UploadedImage),
  importProducts: (boothId: string, file: Blob, dryRun: boolean) =>
    upload(`/backoffice/booths/${enc(boothId)}/products/import?dryRun=${dryRun}`, file, ImportReport),
  importTemplate: (slug: string) => api.download(`/backoffice/products/import-template.csv?${inFair(slug)}`),

  staff: (boothId: string, signal?: AbortSignal) =>
    api.get(`/backoffice/booths/${enc(boothId)}/staff`, StaffList, { signal }),
  invite: (boothId: string, note: string) =>
    api.post(`/backoffice/booths/${enc(boothId)}/staff/invites`, StaffInviteCreated, { note }),
  revokeInvite: (boothId: string, inviteId: string) =>
    api.command('DELETE', `/backoffice/booths/${enc(boothId)}/staff/invites/${enc(inviteId)}`),
  removeStaff: (boothId: string, userId: string) =>
    api.command('DELETE', `/backoffice/booths/${enc(boothId)}/staff/${enc(userId)}`),
  previewInvite: (token: string) => api.post('/backoffice/invites/preview', InvitePreview, { token }),
  acceptInvite: (token: string) => api.post('/backoffice/invites/accept', InviteAccepted, { token }),

  leads: (boothId: string, kind: LeadKind | undefined, signal?: AbortSignal) =>
    api.get(`/backoffice/booths/${enc(boothId)}/leads`, LeadList, { query: { kind, limit: 100 }, signal }),
  leadsSummary: (boothId: string, signal?: AbortSignal) =>
    api.get(`/backoffice/booths/${enc(boothId)}/leads/summary`, LeadsSummary, { signal }),
  leadsCsv: (boothId: string) => api.download(`/backoffice/booths/${enc(boothId)}/leads/export.csv`),
};
