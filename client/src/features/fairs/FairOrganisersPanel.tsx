import { AddOrganiserRequest } from '@pameran/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AsyncContent } from '../../components/AsyncContent';
import { Form, FormError, SubmitButton } from '../../components/form/Form';
import { fieldsFor } from '../../components/form/FormField';
import { useContractForm } from '../../components/form/useContractForm';
import { errorMessage } from '../../lib/errors';
import { fairsApi, fairsKeys } from './fairsApi';

const { Input } = fieldsFor<{ email: string }>();

/** The fair's organisers: name a co-organiser by their account's e-mail, take one off (never the last). */
export function FairOrganisersPanel({ slug, readOnly }: { slug: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const key = fairsKeys.organisers(slug);
  const organisers = useQuery({ queryKey: key, queryFn: ({ signal }) => fairsApi.organisers(slug, signal) });
  const [failure, setFailure] = useState<unknown>(null);
  const kit = useContractForm<{ email: string }, typeof AddOrganiserRequest>({
    schema: AddOrganiserRequest,
    defaultValues: { email: '' },
    send: async (request) => {
      client.setQueryData(key, await fairsApi.addOrganiser(slug, request.email));
      kit.form.reset();
    },
  });
  const remove = async (userId: string) => {
    setFailure(null);
    try {
      client.setQueryData(key, await fairsApi.removeOrganiser(slug, userId));
    } catch (e) {
      setFailure(e);
    }
  };
  return (
    <section className="card" aria-labelledby="fair-organisers">
      <h2 id="fair-organisers">{t('fairs.organisers.title')}</h2>
      <AsyncContent result={organisers}>
        {(d) => (
          <ul className="fairs__organisers" data-testid="fair-organisers">
            {d.items.map((o) => (
              <li key={o.userId}>
                <span>
                  <strong>{o.displayName}</strong> · {o.email}
                </span>
                {!readOnly && d.items.length > 1 && (
                  <button
                    type="button"
                    className="button"
                    onClick={() => void remove(o.userId)}
                    aria-label={t('fairs.organisers.remove', { name: o.displayName })}
                  >
                    ×
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </AsyncContent>
      {failure !== null && (
        <p className="form__error" role="alert">
          {errorMessage(failure, t)}
        </p>
      )}
      {!readOnly && (
        <Form kit={kit} className="form" data-testid="fair-organiser-add">
          <Input
            name="email"
            type="email"
            label={t('fairs.organisers.email')}
            testId="fair-organiser-email"
          />
          <FormError />
          <SubmitButton className="button" testId="fair-organiser-submit">
            {t('fairs.organisers.add')}
          </SubmitButton>
        </Form>
      )}
    </section>
  );
}
