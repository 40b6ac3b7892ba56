import { MigrationInterface, QueryRunner } from 'typeorm';

/** The foundation schema: the fair, accounts, exhibitors, booths, products, leads and the audit log. */

export class Initial1795917934913 implements MigrationInterface {
  name = 'Initial1795917934913';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Extensions load the same way on PostgreSQL and on PGlite (its contrib builds are passed at start).
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS "uuid-ossp"`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "actor_id" uuid, "actor_name" character varying(80), "action" character varying(64) NOT NULL, "entity_type" character varying(32) NOT NULL, "entity_id" character varying(64), "before" jsonb, "after" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_15a6f5aad57db494c17986ed2e" ON "audit_log" ("actor_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_951e6339a77994dfbad976b35c" ON "audit_log" ("action") `);
    await queryRunner.query(`CREATE INDEX "IDX_c6c5d74b38ecfe778182348e7c" ON "audit_log" ("entity_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_2ad7930a7c2af80585c8c1b770" ON "audit_log" ("created_at") `);
    await queryRunner.query(
      `CREATE TABLE "event" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "slug" character varying(64) NOT NULL, "name_id" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "description_id" text NOT NULL DEFAULT '', "description_en" text NOT NULL DEFAULT '', "time_zone" character varying(64) NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "event_dates" CHECK ("ends_on" >= "starts_on"), CONSTRAINT "PK_30c2f3bbaf6d34a55f8ae6e4614" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_9d0d870657c4fac264cdca048e" ON "event" ("slug") `);
    await queryRunner.query(
      `CREATE TABLE "event_day" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "event_id" uuid NOT NULL, "date" date NOT NULL, "title_id" character varying(200) NOT NULL, "title_en" character varying(200) NOT NULL, CONSTRAINT "PK_56540a2aefa8bbfbe826dcd06e8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_10a6a19bc06f9c97ad0c2d2790" ON "event_day" ("event_id", "date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "schedule_session" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "event_id" uuid NOT NULL, "day_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "title_id" character varying(200) NOT NULL, "title_en" character varying(200) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "cancelled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "schedule_session_times" CHECK ("ends_at" > "starts_at"), CONSTRAINT "schedule_session_kind" CHECK ("kind" IN ('hall', 'matching', 'stage')), CONSTRAINT "PK_3ec01f7032a4606b27f91202755" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_21dc5f727e7ce9328443b15f94" ON "schedule_session" ("event_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3a060c6ac8147477066dc242d2" ON "schedule_session" ("day_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "exhibitor" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "event_id" uuid NOT NULL, "owner_user_id" uuid, "name" character varying(120) NOT NULL, "region" character varying(40) NOT NULL, "contact_name" character varying(80) NOT NULL, "whatsapp_number" character varying(16) NOT NULL, "category" character varying(32) NOT NULL, "description_id" text NOT NULL, "description_en" text NOT NULL DEFAULT '', "colour" character(7) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'applied', "status_reason" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "exhibitor_rejection_reason" CHECK ("status" <> 'rejected' OR "status_reason" IS NOT NULL), CONSTRAINT "exhibitor_colour" CHECK ("colour" ~ '^#[0-9a-f]{6}$'), CONSTRAINT "exhibitor_whatsapp" CHECK ("whatsapp_number" ~ '^\\+[1-9][0-9]{7,14}$'), CONSTRAINT "exhibitor_region" CHECK ("region" IN ('kabupaten-bandung', 'kabupaten-bandung-barat', 'kabupaten-bekasi', 'kabupaten-bogor', 'kabupaten-ciamis', 'kabupaten-cianjur', 'kabupaten-cirebon', 'kabupaten-garut', 'kabupaten-indramayu', 'kabupaten-karawang', 'kabupaten-kuningan', 'kabupaten-majalengka', 'kabupaten-pangandaran', 'kabupaten-purwakarta', 'kabupaten-subang', 'kabupaten-sukabumi', 'kabupaten-sumedang', 'kabupaten-tasikmalaya', 'kota-bandung', 'kota-banjar', 'kota-bekasi', 'kota-bogor', 'kota-cimahi', 'kota-cirebon', 'kota-depok', 'kota-sukabumi', 'kota-tasikmalaya')), CONSTRAINT "exhibitor_category" CHECK ("category" IN ('makanan', 'minuman', 'aksesoris', 'fesyen', 'kerajinan', 'pertanian_perkebunan', 'peternakan', 'lainnya')), CONSTRAINT "exhibitor_status" CHECK ("status" IN ('applied', 'approved', 'rejected')), CONSTRAINT "PK_d682c578d107d3f8f288a0230bb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f37f541772becc324ddaf2231a" ON "exhibitor" ("owner_user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b2a4b1f62c56b9e3e797358cf7" ON "exhibitor" ("event_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "email" character varying(200), "password_hash" character varying(200), "display_name" character varying(80) NOT NULL, "role" character varying(16) NOT NULL, "is_guest" boolean NOT NULL DEFAULT false, "locale" character varying(2) NOT NULL DEFAULT 'id', "time_zone" character varying(64), "lead_consent" boolean NOT NULL DEFAULT false, "lead_consent_at" TIMESTAMP WITH TIME ZONE, "exhibitor_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "app_user_account" CHECK ("is_guest" OR "email" IS NOT NULL), CONSTRAINT "app_user_locale" CHECK ("locale" IN ('id', 'en')), CONSTRAINT "app_user_role" CHECK ("role" IN ('visitor', 'buyer', 'exhibitor', 'organiser')), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_3214d44c74c3ec31c79eff8fcb" ON "app_user" ("email") WHERE email IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e56c9dee4a8841048fe3e8c350" ON "app_user" ("exhibitor_id") `);
    await queryRunner.query(
      `CREATE TABLE "buyer_profile" ("user_id" uuid NOT NULL, "type" character varying(24) NOT NULL, "company" character varying(120) NOT NULL, "country" character(2) NOT NULL, "job_title" character varying(80), "interests" text array NOT NULL DEFAULT '{}', CONSTRAINT "buyer_profile_country" CHECK ("country" ~ '^[A-Z]{2}$'), CONSTRAINT "buyer_profile_type" CHECK ("type" IN ('buyer', 'investor', 'partner', 'trade_representative')), CONSTRAINT "PK_207f3bd2a365661bbc3c36bed67" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "family_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6bbe63d2fe75e7f0ba1710351d" ON "refresh_token" ("user_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_f0812282fad2e352cdaf83ef0a" ON "refresh_token" ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_eb31f2a7917404a46e17f539f1" ON "refresh_token" ("family_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "password_reset" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8515e60a2cc41584fa4784f52ce" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ad88301fdc79593dd222268a8b" ON "password_reset" ("user_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_0309de62e0cb0960ebb2cb65c9" ON "password_reset" ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE TABLE "product" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "booth_id" uuid NOT NULL, "category" character varying(32) NOT NULL, "name_id" character varying(160) NOT NULL, "name_en" character varying(160) NOT NULL DEFAULT '', "description_id" text NOT NULL DEFAULT '', "description_en" text NOT NULL DEFAULT '', "price_rupiah" bigint NOT NULL, "unit" character varying(40) NOT NULL, "min_order" integer NOT NULL DEFAULT '1', "monthly_capacity" integer, "halal_number" character varying(40), "pirt_number" character varying(40), "bpom_number" character varying(40), "export_ready" boolean NOT NULL DEFAULT false, "whatsapp_number" character varying(16), "sort_order" integer NOT NULL DEFAULT '0', "hidden" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "product_whatsapp" CHECK ("whatsapp_number" IS NULL OR "whatsapp_number" ~ '^\\+[1-9][0-9]{7,14}$'), CONSTRAINT "product_capacity" CHECK ("monthly_capacity" IS NULL OR "monthly_capacity" >= 0), CONSTRAINT "product_min_order" CHECK ("min_order" >= 1), CONSTRAINT "product_price" CHECK ("price_rupiah" >= 0), CONSTRAINT "product_category" CHECK ("category" IN ('makanan', 'minuman', 'aksesoris', 'fesyen', 'kerajinan', 'pertanian_perkebunan', 'peternakan', 'lainnya')), CONSTRAINT "PK_bebc9158e480b949565b4dc7a82" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d71ac3a30622a475df871b5513" ON "product" ("category") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_204c3d7805773c4e2536580aa0" ON "product" ("booth_id", "sort_order") `,
    );
    await queryRunner.query(
      `CREATE TABLE "booth" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "event_id" uuid NOT NULL, "exhibitor_id" uuid NOT NULL, "zone" character varying(32) NOT NULL, "slot" smallint NOT NULL, "position_x" real NOT NULL, "position_z" real NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_2739ca51e72f2670c30ae5eacf" UNIQUE ("exhibitor_id"), CONSTRAINT "booth_slot" CHECK ("slot" >= 0 AND "slot" < 100), CONSTRAINT "booth_zone" CHECK ("zone" IN ('makanan', 'minuman', 'aksesoris', 'fesyen', 'kerajinan', 'pertanian_perkebunan', 'peternakan', 'lainnya')), CONSTRAINT "PK_47577cc61982f540c7fdab2666b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_2739ca51e72f2670c30ae5eacf" ON "booth" ("exhibitor_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_2f1fbab74eac2c90e79cfdc68d" ON "booth" ("event_id", "zone", "slot") `,
    );
    await queryRunner.query(
      `CREATE TABLE "lead" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "booth_id" uuid NOT NULL, "user_id" uuid, "kind" character varying(16) NOT NULL, "product_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ended_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "lead_kind" CHECK ("kind" IN ('visit', 'chat', 'whatsapp', 'meeting')), CONSTRAINT "PK_ca96c1888f7dcfccab72b72fffa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d95426f22d7a273db0f97ce192" ON "lead" ("user_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_4bcd079c9fa514aef9935f0a6e" ON "lead" ("booth_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "event_day" ADD CONSTRAINT "FK_e24064507339f8b7a31f0493e50" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "schedule_session" ADD CONSTRAINT "FK_21dc5f727e7ce9328443b15f945" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "schedule_session" ADD CONSTRAINT "FK_3a060c6ac8147477066dc242d22" FOREIGN KEY ("day_id") REFERENCES "event_day"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "exhibitor" ADD CONSTRAINT "FK_14c2510acdfffed305a88ce9d16" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_e56c9dee4a8841048fe3e8c350a" FOREIGN KEY ("exhibitor_id") REFERENCES "exhibitor"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "buyer_profile" ADD CONSTRAINT "FK_207f3bd2a365661bbc3c36bed67" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_token" ADD CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "password_reset" ADD CONSTRAINT "FK_ad88301fdc79593dd222268a8b6" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "product" ADD CONSTRAINT "FK_72a85683205c24a9a0df9664f39" FOREIGN KEY ("booth_id") REFERENCES "booth"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "booth" ADD CONSTRAINT "FK_38b5b65ee0fe69a483b274bf355" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "booth" ADD CONSTRAINT "FK_2739ca51e72f2670c30ae5eacf1" FOREIGN KEY ("exhibitor_id") REFERENCES "exhibitor"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lead" ADD CONSTRAINT "FK_7583d43e4144dc5cd58aa916f5a" FOREIGN KEY ("booth_id") REFERENCES "booth"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "lead" ADD CONSTRAINT "FK_d95426f22d7a273db0f97ce192a" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // Search: trigram indexes on the exact expressions the catalogue queries use.
    await queryRunner.query(
      `CREATE INDEX "product_search_trgm" ON "product" USING gin ((lower(name_id || ' ' || name_en || ' ' || description_id || ' ' || description_en)) gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "exhibitor_name_trgm" ON "exhibitor" USING gin (lower(name) gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "exhibitor_event_name_unique" ON "exhibitor" ("event_id", lower(name))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."exhibitor_event_name_unique"`);
    await queryRunner.query(`DROP INDEX "public"."exhibitor_name_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."product_search_trgm"`);
    await queryRunner.query(`ALTER TABLE "lead" DROP CONSTRAINT "FK_d95426f22d7a273db0f97ce192a"`);
    await queryRunner.query(`ALTER TABLE "lead" DROP CONSTRAINT "FK_7583d43e4144dc5cd58aa916f5a"`);
    await queryRunner.query(`ALTER TABLE "booth" DROP CONSTRAINT "FK_2739ca51e72f2670c30ae5eacf1"`);
    await queryRunner.query(`ALTER TABLE "booth" DROP CONSTRAINT "FK_38b5b65ee0fe69a483b274bf355"`);
    await queryRunner.query(`ALTER TABLE "product" DROP CONSTRAINT "FK_72a85683205c24a9a0df9664f39"`);
    await queryRunner.query(`ALTER TABLE "password_reset" DROP CONSTRAINT "FK_ad88301fdc79593dd222268a8b6"`);
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4"`);
    await queryRunner.query(`ALTER TABLE "buyer_profile" DROP CONSTRAINT "FK_207f3bd2a365661bbc3c36bed67"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_e56c9dee4a8841048fe3e8c350a"`);
    await queryRunner.query(`ALTER TABLE "exhibitor" DROP CONSTRAINT "FK_14c2510acdfffed305a88ce9d16"`);
    await queryRunner.query(
      `ALTER TABLE "schedule_session" DROP CONSTRAINT "FK_3a060c6ac8147477066dc242d22"`,
    );
    await queryRunner.query(
      `ALTER TABLE "schedule_session" DROP CONSTRAINT "FK_21dc5f727e7ce9328443b15f945"`,
    );
    await queryRunner.query(`ALTER TABLE "event_day" DROP CONSTRAINT "FK_e24064507339f8b7a31f0493e50"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4bcd079c9fa514aef9935f0a6e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d95426f22d7a273db0f97ce192"`);
    await queryRunner.query(`DROP TABLE "lead"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2f1fbab74eac2c90e79cfdc68d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2739ca51e72f2670c30ae5eacf"`);
    await queryRunner.query(`DROP TABLE "booth"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_204c3d7805773c4e2536580aa0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d71ac3a30622a475df871b5513"`);
    await queryRunner.query(`DROP TABLE "product"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0309de62e0cb0960ebb2cb65c9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ad88301fdc79593dd222268a8b"`);
    await queryRunner.query(`DROP TABLE "password_reset"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eb31f2a7917404a46e17f539f1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f0812282fad2e352cdaf83ef0a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6bbe63d2fe75e7f0ba1710351d"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP TABLE "buyer_profile"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e56c9dee4a8841048fe3e8c350"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3214d44c74c3ec31c79eff8fcb"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b2a4b1f62c56b9e3e797358cf7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f37f541772becc324ddaf2231a"`);
    await queryRunner.query(`DROP TABLE "exhibitor"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3a060c6ac8147477066dc242d2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_21dc5f727e7ce9328443b15f94"`);
    await queryRunner.query(`DROP TABLE "schedule_session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_10a6a19bc06f9c97ad0c2d2790"`);
    await queryRunner.query(`DROP TABLE "event_day"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9d0d870657c4fac264cdca048e"`);
    await queryRunner.query(`DROP TABLE "event"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2ad7930a7c2af80585c8c1b770"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c6c5d74b38ecfe778182348e7c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_951e6339a77994dfbad976b35c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_15a6f5aad57db494c17986ed2e"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
