import { MigrationInterface, QueryRunner } from 'typeorm';

export class BusinessMatching1795927127925 implements MigrationInterface {
  name = 'BusinessMatching1795927127925';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "meeting_table" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "event_id" uuid NOT NULL, "label" character varying(20) NOT NULL, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_0907601f44d6edb513ce04a0132" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_e328d8807cef6e6b664e59a3e0" ON "meeting_table" ("event_id", "label") `,
    );
    await queryRunner.query(
      `CREATE TABLE "availability_window" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "exhibitor_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "availability_window_times" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_4394b198b46489d902698d50b74" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_80cc408359cc6b952e11b72a47" ON "availability_window" ("exhibitor_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_request" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "event_id" uuid NOT NULL, "exhibitor_id" uuid NOT NULL, "requester_id" uuid NOT NULL, "attendee_ids" uuid array NOT NULL DEFAULT '{}', "message" text NOT NULL DEFAULT '', "product_ids" uuid array NOT NULL DEFAULT '{}', "preferred_starts" TIMESTAMP WITH TIME ZONE array NOT NULL DEFAULT '{}', "mode" character varying(8) NOT NULL DEFAULT 'online', "status" character varying(12) NOT NULL DEFAULT 'pending', "counter_start" TIMESTAMP WITH TIME ZONE, "decline_reason" character varying(500), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "meeting_request_declined" CHECK ("status" <> 'declined' OR "decline_reason" IS NOT NULL), CONSTRAINT "meeting_request_counter" CHECK ("status" <> 'countered' OR "counter_start" IS NOT NULL), CONSTRAINT "meeting_request_mode" CHECK ("mode" IN ('online', 'onsite')), CONSTRAINT "meeting_request_status" CHECK ("status" IN ('pending', 'accepted', 'declined', 'countered', 'expired', 'cancelled')), CONSTRAINT "PK_3f62245c08dea30d2df7d15bcd4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_20641b13cb283cc73b6e215054" ON "meeting_request" ("exhibitor_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_0ce4b2149d07241db2a71a0bed" ON "meeting_request" ("requester_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "meeting_request_open_unique" ON "meeting_request" ("requester_id", "exhibitor_id") WHERE "status" IN ('pending', 'countered')`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b9d19196e19795425ec63753fc" ON "meeting_request" ("event_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "event_id" uuid NOT NULL, "request_id" uuid NOT NULL, "exhibitor_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "mode" character varying(8) NOT NULL, "table_id" uuid, "status" character varying(12) NOT NULL DEFAULT 'scheduled', "reminded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "meeting_table_onsite" CHECK ("table_id" IS NULL OR "mode" = 'onsite'), CONSTRAINT "meeting_times" CHECK ("ends_at" > "starts_at"), CONSTRAINT "meeting_mode" CHECK ("mode" IN ('online', 'onsite')), CONSTRAINT "meeting_status" CHECK ("status" IN ('scheduled', 'live', 'held', 'no_show', 'cancelled')), CONSTRAINT "meeting_table_overlap" EXCLUDE USING gist ("table_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("table_id" IS NOT NULL AND "status" <> 'cancelled'), CONSTRAINT "meeting_exhibitor_overlap" EXCLUDE USING gist ("exhibitor_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("status" <> 'cancelled'), CONSTRAINT "PK_dccaf9e4c0e39067d82ccc7bb83" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_3f62245c08dea30d2df7d15bcd" ON "meeting" ("request_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_79517a486b89c0c67ab916a112" ON "meeting" ("event_id", "starts_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_participant" ("meeting_id" uuid NOT NULL, "user_id" uuid NOT NULL, "side" character varying(10) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "cancelled" boolean NOT NULL DEFAULT false, CONSTRAINT "meeting_participant_side" CHECK ("side" IN ('buyer', 'exhibitor')), CONSTRAINT "meeting_participant_overlap" EXCLUDE USING gist ("user_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE (NOT "cancelled"), CONSTRAINT "PK_f20c66bd575365a3fcc95704974" PRIMARY KEY ("meeting_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_35edf82b08f79f550658689abe" ON "meeting_participant" ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "idempotency_key" ("user_id" uuid NOT NULL, "key" character varying(100) NOT NULL, "body_hash" character(64) NOT NULL, "response" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_de390066dce788f80744a8f6626" PRIMARY KEY ("user_id", "key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "deal" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "event_id" uuid NOT NULL, "exhibitor_id" uuid NOT NULL, "buyer_id" uuid NOT NULL, "meeting_id" uuid, "items" jsonb NOT NULL DEFAULT '[]', "value" bigint NOT NULL, "status" character varying(8) NOT NULL, "note" text NOT NULL DEFAULT '', "recorded_by" character varying(10) NOT NULL, "recorded_by_user" uuid NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, "confirmed_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "deal_recorded_by" CHECK ("recorded_by" IN ('buyer', 'exhibitor')), CONSTRAINT "deal_value" CHECK ("value" > 0), CONSTRAINT "deal_status" CHECK ("status" IN ('inquiry', 'loi', 'po', 'paid')), CONSTRAINT "PK_9ce1c24acace60f6d7dc7a7189e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4f3215a125b42578938c522643" ON "deal" ("exhibitor_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_4f9abb47a8045f369d01a3c618" ON "deal" ("buyer_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_94b4e489b502bf70f066b27e39" ON "deal" ("event_id", "confirmed_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "sourcing_request" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "event_id" uuid NOT NULL, "buyer_id" uuid NOT NULL, "title" character varying(120) NOT NULL, "category" character varying(32) NOT NULL, "quantity" double precision NOT NULL, "unit" character varying(20) NOT NULL, "halal" boolean NOT NULL DEFAULT false, "export_ready" boolean NOT NULL DEFAULT false, "requirements" text NOT NULL DEFAULT '', "target_price" bigint, "destination_country" character(2) NOT NULL, "status" character varying(8) NOT NULL DEFAULT 'open', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "sourcing_request_quantity" CHECK ("quantity" > 0), CONSTRAINT "sourcing_request_status" CHECK ("status" IN ('open', 'closed')), CONSTRAINT "sourcing_request_category" CHECK ("category" IN ('makanan', 'minuman', 'aksesoris', 'fesyen', 'kerajinan', 'pertanian_perkebunan', 'peternakan', 'lainnya')), CONSTRAINT "PK_09b0095b5db9746017153e13205" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d7fb4efb9dae5e5954fe078015" ON "sourcing_request" ("buyer_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_762177f58b7506439a7b2e45e9" ON "sourcing_request" ("event_id", "category", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "sourcing_response" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "request_id" uuid NOT NULL, "exhibitor_id" uuid NOT NULL, "author_id" uuid NOT NULL, "message" text NOT NULL, "product_ids" uuid array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_af6ef5a63626b377014b7993d97" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_e4539755e7d64b227c01961640" ON "sourcing_response" ("request_id", "exhibitor_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "shortlist_item" ("user_id" uuid NOT NULL, "product_id" uuid NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1991b0b7ec421f426e827102fcf" PRIMARY KEY ("user_id", "product_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "user_id" uuid NOT NULL, "kind" character varying(24) NOT NULL, "data" jsonb NOT NULL DEFAULT '{}', "link" character varying(200), "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "notification_kind" CHECK ("kind" IN ('request_new', 'request_accepted', 'request_declined', 'request_countered', 'request_expired', 'request_cancelled', 'meeting_scheduled', 'meeting_cancelled', 'meeting_reminder', 'deal_to_confirm', 'deal_confirmed', 'sourcing_response')), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_73bfce92922b5fdb3c378fc8b9" ON "notification" ("user_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "event" ADD "matching_settings" jsonb NOT NULL DEFAULT '{"slotMinutes":20,"bufferMinutes":0,"requestTtlHours":48,"dailyLimit":8}'`,
    );
    await queryRunner.query(`ALTER TABLE "app_user" ADD "working_hours" jsonb`);
    await queryRunner.query(
      `ALTER TABLE "meeting_table" ADD CONSTRAINT "FK_1a82a18c9258deddcacde32b331" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "availability_window" ADD CONSTRAINT "FK_80cc408359cc6b952e11b72a475" FOREIGN KEY ("exhibitor_id") REFERENCES "exhibitor"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_request" ADD CONSTRAINT "FK_f1d32b52e45d425dc6d1be0228c" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_request" ADD CONSTRAINT "FK_20641b13cb283cc73b6e215054f" FOREIGN KEY ("exhibitor_id") REFERENCES "exhibitor"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_request" ADD CONSTRAINT "FK_0ce4b2149d07241db2a71a0bedf" FOREIGN KEY ("requester_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting" ADD CONSTRAINT "FK_d94049aa42beca95e52d7e7fb57" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting" ADD CONSTRAINT "FK_3f62245c08dea30d2df7d15bcd4" FOREIGN KEY ("request_id") REFERENCES "meeting_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting" ADD CONSTRAINT "FK_5457c10d7733ab12ee789426180" FOREIGN KEY ("exhibitor_id") REFERENCES "exhibitor"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting" ADD CONSTRAINT "FK_0907601f44d6edb513ce04a0132" FOREIGN KEY ("table_id") REFERENCES "meeting_table"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_participant" ADD CONSTRAINT "FK_edff9f9b6ac4c6d5a813f008885" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_participant" ADD CONSTRAINT "FK_35edf82b08f79f550658689abe9" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deal" ADD CONSTRAINT "FK_4028105cf4fef4c98657a0607a0" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deal" ADD CONSTRAINT "FK_4f3215a125b42578938c5226435" FOREIGN KEY ("exhibitor_id") REFERENCES "exhibitor"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deal" ADD CONSTRAINT "FK_4f9abb47a8045f369d01a3c618a" FOREIGN KEY ("buyer_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deal" ADD CONSTRAINT "FK_d70b5fa1f22df0899833f4e4622" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sourcing_request" ADD CONSTRAINT "FK_1ab52eeb8871198c85da9103d64" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sourcing_request" ADD CONSTRAINT "FK_d7fb4efb9dae5e5954fe078015c" FOREIGN KEY ("buyer_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sourcing_response" ADD CONSTRAINT "FK_9407241c0d6e0e626f6fd034308" FOREIGN KEY ("request_id") REFERENCES "sourcing_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sourcing_response" ADD CONSTRAINT "FK_49d587a3a807b7fe211a3ea9f56" FOREIGN KEY ("exhibitor_id") REFERENCES "exhibitor"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "shortlist_item" ADD CONSTRAINT "FK_56242c610b2129ab7a251980a7c" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "shortlist_item" ADD CONSTRAINT "FK_7b38c526b55c64d3fc7ee45b811" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8"`);
    await queryRunner.query(`ALTER TABLE "shortlist_item" DROP CONSTRAINT "FK_7b38c526b55c64d3fc7ee45b811"`);
    await queryRunner.query(`ALTER TABLE "shortlist_item" DROP CONSTRAINT "FK_56242c610b2129ab7a251980a7c"`);
    await queryRunner.query(
      `ALTER TABLE "sourcing_response" DROP CONSTRAINT "FK_49d587a3a807b7fe211a3ea9f56"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sourcing_response" DROP CONSTRAINT "FK_9407241c0d6e0e626f6fd034308"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sourcing_request" DROP CONSTRAINT "FK_d7fb4efb9dae5e5954fe078015c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sourcing_request" DROP CONSTRAINT "FK_1ab52eeb8871198c85da9103d64"`,
    );
    await queryRunner.query(`ALTER TABLE "deal" DROP CONSTRAINT "FK_d70b5fa1f22df0899833f4e4622"`);
    await queryRunner.query(`ALTER TABLE "deal" DROP CONSTRAINT "FK_4f9abb47a8045f369d01a3c618a"`);
    await queryRunner.query(`ALTER TABLE "deal" DROP CONSTRAINT "FK_4f3215a125b42578938c5226435"`);
    await queryRunner.query(`ALTER TABLE "deal" DROP CONSTRAINT "FK_4028105cf4fef4c98657a0607a0"`);
    await queryRunner.query(
      `ALTER TABLE "meeting_participant" DROP CONSTRAINT "FK_35edf82b08f79f550658689abe9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_participant" DROP CONSTRAINT "FK_edff9f9b6ac4c6d5a813f008885"`,
    );
    await queryRunner.query(`ALTER TABLE "meeting" DROP CONSTRAINT "FK_0907601f44d6edb513ce04a0132"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP CONSTRAINT "FK_5457c10d7733ab12ee789426180"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP CONSTRAINT "FK_3f62245c08dea30d2df7d15bcd4"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP CONSTRAINT "FK_d94049aa42beca95e52d7e7fb57"`);
    await queryRunner.query(`ALTER TABLE "meeting_request" DROP CONSTRAINT "FK_0ce4b2149d07241db2a71a0bedf"`);
    await queryRunner.query(`ALTER TABLE "meeting_request" DROP CONSTRAINT "FK_20641b13cb283cc73b6e215054f"`);
    await queryRunner.query(`ALTER TABLE "meeting_request" DROP CONSTRAINT "FK_f1d32b52e45d425dc6d1be0228c"`);
    await queryRunner.query(
      `ALTER TABLE "availability_window" DROP CONSTRAINT "FK_80cc408359cc6b952e11b72a475"`,
    );
    await queryRunner.query(`ALTER TABLE "meeting_table" DROP CONSTRAINT "FK_1a82a18c9258deddcacde32b331"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "working_hours"`);
    await queryRunner.query(`ALTER TABLE "event" DROP COLUMN "matching_settings"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_73bfce92922b5fdb3c378fc8b9"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TABLE "shortlist_item"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e4539755e7d64b227c01961640"`);
    await queryRunner.query(`DROP TABLE "sourcing_response"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_762177f58b7506439a7b2e45e9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d7fb4efb9dae5e5954fe078015"`);
    await queryRunner.query(`DROP TABLE "sourcing_request"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_94b4e489b502bf70f066b27e39"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4f9abb47a8045f369d01a3c618"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4f3215a125b42578938c522643"`);
    await queryRunner.query(`DROP TABLE "deal"`);
    await queryRunner.query(`DROP TABLE "idempotency_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_35edf82b08f79f550658689abe"`);
    await queryRunner.query(`DROP TABLE "meeting_participant"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_79517a486b89c0c67ab916a112"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3f62245c08dea30d2df7d15bcd"`);
    await queryRunner.query(`DROP TABLE "meeting"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b9d19196e19795425ec63753fc"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_request_open_unique"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0ce4b2149d07241db2a71a0bed"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_20641b13cb283cc73b6e215054"`);
    await queryRunner.query(`DROP TABLE "meeting_request"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_80cc408359cc6b952e11b72a47"`);
    await queryRunner.query(`DROP TABLE "availability_window"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e328d8807cef6e6b664e59a3e0"`);
    await queryRunner.query(`DROP TABLE "meeting_table"`);
  }
}
