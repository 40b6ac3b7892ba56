import {
  Check,
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  Index,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  Relation,
} from 'typeorm';
import {
  BUYER_TYPES,
  ROLES,
  type BuyerCertification,
  type BuyerType,
  type Category,
  type Locale,
  type Role,
  type WorkingHours,
} from '@pameran/contracts';
import { oneOf } from '../../common/db-checks';

@Entity({ name: 'app_user' })
@Check('app_user_role', oneOf('role', ROLES))
@Check('app_user_locale', oneOf('locale', ['id', 'en']))
@Check(
  'app_user_account',
  '"is_guest" OR "email" IS NOT NULL OR "pending_email" IS NOT NULL OR "deleted_at" IS NOT NULL',
)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Lower-cased; unique among accounts (guests have none). */
  @Index({ unique: true, where: 'email IS NOT NULL' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  email: string | null;
  /**
   * An address someone registered with while another account already held it. The registrant gets an
   * account and signs in with this address and their password, exactly as if it were new (so the answer
   * never tells who is registered); the address keeps resolving to its holder everywhere else (password
   * reset, invitations, colleagues), and the holder is told by mail. See docs/security.md.
   */
  @Index()
  @Column({ name: 'pending_email', type: 'varchar', length: 200, nullable: true })
  pendingEmail: string | null;
  @Column({ name: 'password_hash', type: 'varchar', length: 200, nullable: true, select: false })
  passwordHash: string | null;
  @Column({ name: 'display_name', type: 'varchar', length: 80 }) displayName: string;
  @Column({ type: 'varchar', length: 16 }) role: Role;
  @Column({ name: 'is_guest', type: 'boolean', default: false }) isGuest: boolean;
  /**
   * Moves on whenever the person's access is taken away (removal from staff, a role change, a ban, a password
   * reset, "sign out everywhere"); access tokens carry it and older ones are refused (docs/decisions/0012).
   */
  @Column({ name: 'token_version', type: 'integer', default: 0 }) tokenVersion: number;
  @Column({ type: 'varchar', length: 2, default: 'id' }) locale: Locale;
  @Column({ name: 'time_zone', type: 'varchar', length: 64, nullable: true }) timeZone: string | null;
  /** A buyer's daily working hours in their own time zone (auto-scheduling respects them). */
  @Column({ name: 'working_hours', type: 'jsonb', nullable: true }) workingHours: WorkingHours | null;
  @Column({ name: 'lead_consent', type: 'boolean', default: false }) leadConsent: boolean;
  @Column({ name: 'lead_consent_at', type: 'timestamptz', nullable: true }) leadConsentAt: Date | null;
  /** A buyer agreed to be listed in the buyer directory approved exhibitors browse (revocable). */
  @Column({ name: 'directory_listed', type: 'boolean', default: false }) directoryListed: boolean;
  @Column({ name: 'directory_listed_at', type: 'timestamptz', nullable: true })
  directoryListedAt: Date | null;
  @OneToOne(() => BuyerProfileEntity, (b) => b.user) buyerProfile?: Relation<BuyerProfileEntity> | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  /**
   * Set when the person erased their account: the row stays as a tombstone (no email, name, password or
   * consent) so the deals, meetings and chat others keep still point somewhere (docs/privacy.md). A delete
   * date column, so every TypeORM find leaves tombstones out; raw SQL read models check it themselves.
   */
  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true }) deletedAt: Date | null;
}

@Entity({ name: 'buyer_profile' })
@Check('buyer_profile_type', oneOf('type', BUYER_TYPES))
@Check('buyer_profile_country', '"country" ~ \'^[A-Z]{2}$\'')
export class BuyerProfileEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @OneToOne(() => UserEntity, (u) => u.buyerProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;
  @Column({ type: 'varchar', length: 24 }) type: BuyerType;
  @Column({ type: 'varchar', length: 120 }) company: string;
  @Column({ type: 'char', length: 2 }) country: string;
  @Column({ name: 'job_title', type: 'varchar', length: 80, nullable: true }) jobTitle: string | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) interests: string[];
  @Column({ type: 'text', array: true, default: () => "'{}'" }) categories: Category[];
  @Column({ name: 'products_sought', type: 'text', array: true, default: () => "'{}'" })
  productsSought: string[];
  @Column({ name: 'monthly_volume', type: 'integer', nullable: true }) monthlyVolume: number | null;
  @Column({ name: 'target_markets', type: 'text', array: true, default: () => "'{}'" })
  targetMarkets: string[];
  @Column({ type: 'text', array: true, default: () => "'{}'" }) certifications: BuyerCertification[];
  @Column({ type: 'text', array: true, default: () => "'{}'" }) languages: string[];
}
