import { CreateFairRequest, type FairListItem, type FairTimeZone } from '@pameran/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { AsyncContent } from '../../components/AsyncContent';
import { Form, FormError, SubmitButton } from '../../components/form/Form';
import { fieldsFor } from '../../components/form/FormField';
import { useContractForm } from '../../components/form/useContractForm';
import { useLanguage } from '../../i18n';
import { formatDateRange } from '../../lib/format';
import { ServerState } from '../../lib/ServerState';
import { useUser } from '../../stores/session';
import '../../styles/console.css';
import './fairs.css';
import { fairsApi, fairsKeys } from './fairsApi';
import { ZONE_OPTIONS, zoneLabel, zoneShort } from './zones';

/** `/platform/fairs`: every fair with its status, and a new fair naming its organisers (platform admins only). */
export function PlatformFairsPage() {
  const user = useUser();
  if (user?.role !== 'platform_admin') return <Navigate to="/login?next=/platform/fairs" replace />;
  return (
    <ServerState>
      <PlatformFairs />
    </ServerState>
  );
}

function PlatformFairs() {
  const { t } = useTranslation();
  const fairs = useQuery({ queryKey: fairsKeys.all, queryFn: ({ signal }) => fairsApi.all(signal) });
  return (
    <div className="fairs" data-testid="platform-fairs">
      <div className="fairs__main">
        <h1>{t('fairs.platform.title')}</h1>
        <p className="muted">{t('fairs.platform.intro')}</p>
        <section className="card" aria-labelledby="fairs-list">
          <h2 id="fairs-list">{t('fairs.platform.list')}</h2>
          <AsyncContent
            result={fairs}
            isEmpty={(d) => d.items.length === 0}
            empty={<p className="muted">{t('fairs.platform.empty')}</p>}
          >
            {(d) => <FairTable fairs={d.items} />}
          </AsyncContent>
        </section>
        <CreateFairForm />
      </div>
    </div>
  );
}

function FairTable({ fairs }: { fairs: FairListItem[] }) {
  const { t } = useTranslation();
  const { lang, pick } = useLanguage();
  return (
    <div className="table-scroll">
      <table className="console-table" data-testid="fairs-table">
        <thead>
          <tr>
            <th scope="col">{t('fairs.platform.name')}</th>
            <th scope="col">{t('fairs.platform.dates')}</th>
            <th scope="col">{t('fairs.platform.zone')}</th>
            <th scope="col">{t('fairs.platform.state')}</th>
          </tr>
        </thead>
        <tbody>
          {fairs.map((f) => (
            <tr key={f.slug} data-testid={`fair-row-${f.slug}`}>
              <td>
                <Link
                  to={`/e/${f.slug}/console/fair`}
                  aria-label={t('fairs.platform.open', { name: pick(f.name) })}
                >
                  {pick(f.name)}
                </Link>
                <div className="muted">{f.slug}</div>
              </td>
              <td>{formatDateRange(f.startsOn, f.endsOn, lang)}</td>
              <td>
                <abbr title={zoneLabel(f.timeZone)}>{zoneShort(f.timeZone)}</abbr>
              </td>
              <td>
                <span className={`fair-status fair-status--${f.status}`}>
                  {t(`fairs.status.${f.status}`)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface CreateValues {
  slug: string;
  nameId: string;
  nameEn: string;
  startsOn: string;
  endsOn: string;
  timeZone: FairTimeZone;
  organisers: string;
}
const { Field, Input } = fieldsFor<CreateValues>();

function CreateFairForm() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [created, setCreated] = useState<string | null>(null);
  const kit = useContractForm<CreateValues, typeof CreateFairRequest>({
    schema: CreateFairRequest,
    defaultValues: {
      slug: '',
      nameId: '',
      nameEn: '',
      startsOn: '',
      endsOn: '',
      timeZone: 'Asia/Jakarta',
      organisers: '',
    },
    toRequest: (v) => ({ ...v, organisers: v.organisers.split(/[\s,;]+/).filter(Boolean) }),
    send: async (request) => {
      const fair = await fairsApi.create(request);
      setCreated(fair.slug);
      kit.form.reset();
      await client.invalidateQueries({ queryKey: fairsKeys.all });
    },
  });
  return (
    <Form kit={kit} className="card form" aria-labelledby="fairs-create" data-testid="fair-create">
      <h2 id="fairs-create">{t('fairs.platform.create')}</h2>
      <Input name="slug" label={t('fairs.field.slug')} hint={t('fairs.field.slugHint')} testId="fair-slug" />
      <Input name="nameId" label={t('fairs.field.nameId')} testId="fair-name-id" />
      <Input name="nameEn" label={t('fairs.field.nameEn')} testId="fair-name-en" />
      <div className="form__row">
        <Input name="startsOn" type="date" label={t('fairs.field.startsOn')} testId="fair-starts" />
        <Input name="endsOn" type="date" label={t('fairs.field.endsOn')} testId="fair-ends" />
      </div>
      <Field name="timeZone" label={t('fairs.field.timeZone')}>
        {(input) => (
          <select {...input}>
            {ZONE_OPTIONS.map((z) => (
              <option key={z.zone} value={z.zone}>
                {z.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Input
        name="organisers"
        label={t('fairs.platform.organisers')}
        hint={t('fairs.platform.organisersHint')}
        testId="fair-organisers"
      />
      <FormError />
      {created && (
        <p role="status" data-testid="fair-created">
          {t('fairs.platform.created', { slug: created })}
        </p>
      )}
      <SubmitButton testId="fair-create-submit">{t('fairs.platform.submit')}</SubmitButton>
    </Form>
  );
}
