import {
  ApplicationUpdate,
  BackofficeMe,
  BackofficeProduct,
  BoothProfile,
  BoothProfileUpdate,
  ImportQuery,
  ImportReport,
  InviteAccepted,
  InvitePreview,
  InviteToken,
  LeadItem,
  LeadsQuery,
  LeadsSummary,
  listOf,
  ProductCreate,
  ProductOrder,
  ProductUpdate,
  StaffInviteCreated,
  StaffInviteRequest,
  StaffList,
  UploadedImage,
} from '@pameran/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class ApplicationUpdateDto extends createZodDto(ApplicationUpdate) {}
export class BackofficeMeDto extends createZodDto(BackofficeMe) {}
export class BoothProfileDto extends createZodDto(BoothProfile) {}
export class BoothProfileUpdateDto extends createZodDto(BoothProfileUpdate) {}
export class ProductCreateDto extends createZodDto(ProductCreate) {}
export class ProductUpdateDto extends createZodDto(ProductUpdate) {}
export class BackofficeProductDto extends createZodDto(BackofficeProduct) {}
export class BackofficeProductListDto extends createZodDto(z.array(BackofficeProduct)) {}
export class ProductOrderDto extends createZodDto(ProductOrder) {}
export class UploadedImageDto extends createZodDto(UploadedImage) {}
export class ImportQueryDto extends createZodDto(ImportQuery) {}
export class ImportReportDto extends createZodDto(ImportReport) {}
export class StaffInviteRequestDto extends createZodDto(StaffInviteRequest) {}
export class StaffInviteCreatedDto extends createZodDto(StaffInviteCreated) {}
export class StaffListDto extends createZodDto(StaffList) {}
export class InviteTokenDto extends createZodDto(InviteToken) {}
export class InvitePreviewDto extends createZodDto(InvitePreview) {}
export class InviteAcceptedDto extends createZodDto(InviteAccepted) {}
export class LeadsQueryDto extends createZodDto(LeadsQuery) {}
export class LeadListDto extends createZodDto(listOf(LeadItem)) {}
export class LeadsSummaryDto extends createZodDto(LeadsSummary) {}
