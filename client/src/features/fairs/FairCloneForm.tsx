import { CloneFairRequest, type FairSettings } from '@pameran/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Form, FormError, SubmitButton } from '../../components/form/Form';
import { fieldsFor } from '../../components/form/FormField';
import { useContractForm } from '../../components/form/useContractForm';
import { fairsApi } from './fairsApi';

type CloneValues = { slug: string; nameId: string; nameEn: string; startsOn: string };
const { Input } = fieldsFor<CloneValues>();

/** Next year's fair: a draft with this one's structure, moved to a new start date (archived fairs too). */
export function FairCloneForm({ source }: { source: FairSettings }) {
  const { t } = useTranslation();
  const [made, setMade] = useState<string | null>(null);
  const kit = useContractForm<CloneValues, typeof CloneFairRequest>({
    schema: CloneFairRequest,
    defaultValues: { slug: '', nameId: source.name.id, nameEn: source.name.en, startsOn: '' },
    send: async (request) => {
      setMade((await fairsApi.clone(source.slug, request)).slug);
    },
  });
  return (
    <Form kit={kit} className="card form" aria-labelledby="fair-clone" data-testid="fair-clone">
      <h2 id="fair-clone">{t('fairs.clone.title')}</h2>
      <p className="muted">{t('fairs.clone.intro')}</p>
      <Input name="slug" label={t('fairs.field.slug')} hint={t('fairs.field.slugHint')} testId="clone-slug" />
      <div className="form__row">
        <Input name="nameId" label={t('fairs.field.nameId')} testId="clone-name-id" />
        <Input name="nameEn" label={t('fairs.field.nameEn')} testId="clone-name-en" />
        <Input name="startsOn" type="date" label={t('fairs.field.startsOn')} testId="clone-starts" />
      </div>
      <FormError />
      {made && (
        <p role="status" data-testid="clone-done">
          {t('fairs.clone.done', { slug: made })}{' '}
          <Link to={`/e/${made}/console/fair`}>{t('fairs.clone.openIt')}</Link>
        </p>
      )}
      <SubmitButton className="button" testId="clone-submit">
        {t('fairs.clone.submit')}
      </SubmitButton>
    </Form>
  );
}
