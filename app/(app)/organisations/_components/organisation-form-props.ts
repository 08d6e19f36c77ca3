import 'server-only';
import { getTranslations } from 'next-intl/server';
import { organisationKinds } from '@/lib/organisations';
import { getFormat } from '@/server/format';
import type { OrganisationFormLabels } from './organisation-form';

/** The organisation form's choices and words, in the reader's language (new and edit pages alike). */
export async function organisationFormProps() {
  const f = await getFormat();
  const t = await getTranslations('organisations.form');
  const labels: OrganisationFormLabels = { name: t('name'), kind: t('kind'), country: t('country'), save: t('save'), add: t('add') };
  return {
    labels,
    countries: f.countries(),
    kinds: organisationKinds.map((kind) => ({ value: kind, label: f.organisationKind[kind] })),
  };
}
