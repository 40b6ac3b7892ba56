import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PersonalLeadsReadModel } from './read-models/personal-leads.read-model';
import { BuyerProfileEntity, UserEntity } from './user.entity';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, BuyerProfileEntity])],
  controllers: [UsersController],
  providers: [UsersService, PersonalLeadsReadModel],
  exports: [UsersService],
})
export class UsersModule {}
