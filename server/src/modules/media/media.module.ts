import { Module } from '@nestjs/common';
import { MediaController } from './media.controller';
import { MediaService } from './media.service';
import { PictureSourcesReadModel } from './read-models/picture-sources.read-model';

@Module({ controllers: [MediaController], providers: [MediaService, PictureSourcesReadModel] })
export class MediaModule {}
