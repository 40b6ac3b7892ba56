import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EntityManager } from 'typeorm';
import { hashPassword } from '../../modules/auth/auth.service';
import { ExhibitorEntity } from '../../modules/exhibitors/exhibitor.entity';
import { MembershipEntity } from '../../modules/memberships';
import { BuyerProfileEntity, UserEntity } from '../../modules/users/user.entity';

/** A seeded fair as the printed demo accounts name it. */
export interface DemoFair {
  slug: string;
  name: string;
  /** What it is in the demo, e.g. "live" or "archived: read-only, its history". */
  note: string;
}

interface DemoAccount {
  role: UserEntity['role'];
  email: string;
  displayName: string;
  password: string;
}

/** Readable, generated at first start; never a known default. */
const generatedPassword = () => randomBytes(12).toString('base64url');

/** One account per role, with generated passwords, printed once and kept (0600) in DATA_DIR. */
export async function seedDemoAccounts(m: EntityManager, exhibitorId: string) {
  const { eventId } = await m.findOneByOrFail(ExhibitorEntity, { id: exhibitorId });
  const accounts: DemoAccount[] = [
    {
      role: 'organiser',
      email: 'organiser@opop.pameran.test',
      displayName: 'Panitia OPOP',
      password: generatedPassword(),
    },
    {
      role: 'exhibitor',
      email: 'exhibitor@opop.pameran.test',
      displayName: 'Staf Booth',
      password: generatedPassword(),
    },
    {
      role: 'buyer',
      email: 'buyer@opop.pameran.test',
      displayName: 'Aisha Rahman',
      password: generatedPassword(),
    },
    {
      role: 'visitor',
      email: 'visitor@opop.pameran.test',
      displayName: 'Dewi Lestari',
      password: generatedPassword(),
    },
  ];
  for (const a of accounts) {
    const user = await m.save(
      m.create(UserEntity, {
        email: a.email,
        passwordHash: await hashPassword(a.password),
        displayName: a.displayName,
        role: a.role,
        isGuest: false,
        locale: a.role === 'buyer' ? 'en' : 'id',
        timeZone: a.role === 'buyer' ? 'Asia/Kuala_Lumpur' : 'Asia/Jakarta',
        leadConsent: a.role === 'buyer',
        leadConsentAt: a.role === 'buyer' ? new Date() : null,
      }),
    );
    if (a.role === 'exhibitor')
      await m.update(ExhibitorEntity, { id: exhibitorId }, { ownerUserId: user.id });
    // Their rights in the demo fair (docs/decisions/0025-many-fairs.md).
    if (a.role === 'organiser' || a.role === 'exhibitor') {
      await m.insert(MembershipEntity, {
        userId: user.id,
        eventId,
        role: a.role,
        exhibitorId: a.role === 'exhibitor' ? exhibitorId : null,
      });
    }
    if (a.role === 'buyer') {
      await m.insert(BuyerProfileEntity, {
        userId: user.id,
        type: 'trade_representative',
        company: 'ITPC Kuala Lumpur (demo)',
        country: 'MY',
        jobTitle: 'Trade representative',
        interests: ['makanan', 'fesyen'],
        // Enough for suggestions to be telling from the first sign-in (docs/decisions/0015-suggested-partners.md).
        categories: ['makanan', 'fesyen'],
        productsSought: ['keripik', 'batik'],
        monthlyVolume: 1000,
        targetMarkets: ['MY'],
        certifications: ['halal', 'export'],
        languages: ['ms', 'en'],
      });
    }
  }
  return {
    /** The accounts, and which fair is where (the organiser and the staff are members of every one). */
    print(dataDir: string, origin: string, fairs: DemoFair[]) {
      const lines = accounts.map((a) => `  ${a.role.padEnd(10)} ${a.email.padEnd(32)} ${a.password}`);
      const where = fairs.map((f) => `  ${`${origin}/e/${f.slug}`.padEnd(43)} ${f.name} (${f.note})`);
      const text = ['Demo accounts (passwords generated at first start):', ...lines, 'Fairs:', ...where].join(
        '\n',
      );
      writeFileSync(join(dataDir, 'demo-accounts.txt'), `${text}\n`, { mode: 0o600 });
      console.log(`\n${text}\n  (kept in ${join(dataDir, 'demo-accounts.txt')})\n`);
    },
  };
}
