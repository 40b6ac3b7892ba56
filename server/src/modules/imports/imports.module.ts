import { Module } from '@nestjs/common';
import { ImportEngine } from './import-engine';

/** The reusable CSV/XLSX import engine (back office products now, the organiser's console later). */
@Module({ providers: [ImportEngine], exports: [ImportEngine] })
export class ImportsModule {}
