import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BuyerProfileEntity, UserEntity } from './user.entity';
import { AdminUserSearchController, UsersController } from './users.controller';
import { UsersService } from './users.service';
import { HelpDeskReadModel } from './help-desk.read-model';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, BuyerProfileEntity])],
  controllers: [UsersController, AdminUserSearchController],
  providers: [UsersService, HelpDeskReadModel],
  exports: [UsersService, HelpDeskReadModel],
})
export class UsersModule {}
