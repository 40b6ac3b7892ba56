import { WhatsappLeadRequest, WhatsappLeadResponse } from '@pameran/contracts';
import { createZodDto } from 'nestjs-zod';

export class WhatsappLeadDto extends createZodDto(WhatsappLeadRequest) {}
export class WhatsappLeadResponseDto extends createZodDto(WhatsappLeadResponse) {}
