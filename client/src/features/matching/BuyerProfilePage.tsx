import {
  BUYER_CERTIFICATIONS,
  CATEGORIES,
  UpdateMeRequest,
  type BuyerCertification,
  type Category,
  type User,
} from '@pameran/contracts';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { Form, FormError, SubmitButton } from '../../components/form/Form';
import { fieldsFor, useFieldError } from '../../components/form/FormField';
import { useContractForm } from '../../components/form/useContractForm';
import { useSession } from '../../stores/session';
import { BuyerFields, type BuyerValues } from '../entry/BuyerFields';

/** The profile as typed: lists are comma-separated text until sent, so an error names the whole field. */
interface ProfileValues {
  buyerProfile: BuyerValues & {
    jobTitle: string;
    categories: Category[];
    productsSought: string;
    monthlyVolume: string;
    targetMarkets: string;
    certifications: BuyerCertification[];
    languages: string;
  };
  directoryListed: boolean;
}

const { Input } = fieldsFor<ProfileValues>();
const split = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function valuesOf(user: User): ProfileValues {
  const p = user.buyerProfile;
  return {
    buyerProfile: {
      type: p?.type ?? 'buyer',
      company: p?.company ?? '',
      country: p?.country ?? '',
      jobTitle: p?.jobTitle ?? '',
      categories: p?.categories ?? [],
      productsSought: (p?.productsSought ?? []).join(', '),
      monthlyVolume: p?.monthlyVolume ? String(p.monthlyVolume) : '',
      targetMarkets: (p?.targetMarkets ?? []).join(', '),
      certifications: p?.certifications ?? [],
      languages: (p?.languages ?? []).join(', '),
    },
    directoryListed: user.directoryListed,
  };
}

/** A group of checkboxes for one list field, with the field's error. */
function Choices<T extends string>(props: {
  name: 'buyerProfile.categories' | 'buyerProfile.certifications';
  legend: string;
  options: readonly T[];
  label(option: T): string;
}) {
  const { register } = useFormContext<ProfileValues>();
  const error = useFieldError<ProfileValues>(props.name);
  return (
    <fieldset className="form__choices" data-testid={`profile-${props.name.split('.')[1]}`}>
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o}>
          <input type="checkbox" value={o} {...register(props.name)} /> {props.label(o)}
        </label>
      ))}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** The buyer's profile and directory consent, editable at any time (PATCH /api/users/me). */
export function BuyerProfilePage() {
  const { t } = useTranslation();
  const user = useSession((s) => s.user);
  if (!user || user.isGuest) return <Navigate to="/login?next=/me/profile" replace />;
  if (user.role !== 'buyer') return <p className="matching muted">{t('suggest.profile.notBuyer')}</p>;
  return <ProfileForm user={user} />;
}

function ProfileForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const { updateMe } = useSession((s) => s.actions);
  const kit = useContractForm<ProfileValues, typeof UpdateMeRequest>({
    schema: UpdateMeRequest,
    defaultValues: valuesOf(user),
    toRequest: ({ buyerProfile: p, directoryListed }) => ({
      directoryListed,
      buyerProfile: {
        type: p.type,
        company: p.company,
        country: p.country,
        ...(p.jobTitle.trim() ? { jobTitle: p.jobTitle } : {}),
        categories: p.categories,
        productsSought: split(p.productsSought),
        ...(p.monthlyVolume.trim() ? { monthlyVolume: Number(p.monthlyVolume.replace(/[.\s]/g, '')) } : {}),
        targetMarkets: split(p.targetMarkets).map((c) => c.toUpperCase()),
        certifications: p.certifications,
        languages: split(p.languages).map((c) => c.toLowerCase()),
      },
    }),
    send: async (request) => {
      await updateMe(request);
    },
  });
  const { register } = kit.form;
  return (
    <div className="matching" data-testid="buyer-profile-page">
      <h1>{t('suggest.profile.title')}</h1>
      <p className="muted">{t('suggest.profile.hint')}</p>
      <Form kit={kit} className="card form" data-testid="buyer-profile-form">
        <BuyerFields />
        <Input
          name="buyerProfile.jobTitle"
          label={t('suggest.profile.jobTitle')}
          autoComplete="organization-title"
        />
        <Choices
          name="buyerProfile.categories"
          legend={t('suggest.profile.categories')}
          options={CATEGORIES}
          label={(c) => t(`categories.${c}`)}
        />
        <Input
          name="buyerProfile.productsSought"
          label={t('suggest.profile.productsSought')}
          hint={t('suggest.profile.productsSoughtHint')}
          testId="profile-products"
        />
        <Input
          name="buyerProfile.monthlyVolume"
          label={t('suggest.profile.monthlyVolume')}
          inputMode="numeric"
          testId="profile-volume"
        />
        <Input
          name="buyerProfile.targetMarkets"
          label={t('suggest.profile.targetMarkets')}
          hint={t('suggest.profile.targetMarketsHint')}
          testId="profile-markets"
        />
        <Choices
          name="buyerProfile.certifications"
          legend={t('suggest.profile.certifications')}
          options={BUYER_CERTIFICATIONS}
          label={(c) => t(`suggest.cert.${c}`)}
        />
        <Input
          name="buyerProfile.languages"
          label={t('suggest.profile.languages')}
          hint={t('suggest.profile.languagesHint')}
          testId="profile-languages"
        />
        <label className="form__consent">
          <input type="checkbox" {...register('directoryListed')} data-testid="profile-listed" />{' '}
          {t('suggest.profile.directoryListed')}
        </label>
        <FormError />
        {kit.sent && (
          <p className="notice" role="status" data-testid="profile-saved">
            {t('suggest.profile.saved')}
          </p>
        )}
        <SubmitButton className="button button--primary">{t('suggest.profile.save')}</SubmitButton>
      </Form>
    </div>
  );
}
