import 'server-only';
import { getTranslations } from 'next-intl/server';
import { ownablePosts } from '@/db/posts';
import { listActiveColleagues } from '@/db/users';
import type { Viewer } from '@/lib/policy';
import { cache } from 'react';
import { getContact } from '@/db/contacts';
import { listOrganisations } from '@/db/organisations';
import { organisationKinds } from '@/lib/organisations';
import { getFormat } from '@/server/format';
import { loadOr404 } from '@/server/load-or-404';
import type { ContactFormLabels } from './contact-form';

/** The contact of the URL, or the 404 page; read once per request (title and page). */
export const loadContact = cache((rawId: string) => loadOr404(rawId, (id) => getContact({ id })));

/** The contact form's choices and words, in the reader's language (new and edit pages alike). */
export async function contactFormProps(viewer: Viewer) {
  const f = await getFormat();
  const t = await getTranslations('contacts.form');
  const labels: ContactFormLabels = {
    name: t('name'),
    alternativeNames: t('alternativeNames'),
    alternativeNamesHint: t('alternativeNamesHint'),
    title: t('title'),
    organisation: t('organisation'),
    noOrganisation: t('noOrganisation'),
    newOrganisation: t('newOrganisation'),
    newOrganisationKind: t('newOrganisationKind'),
    country: t('country'),
    email: t('email'),
    phone: t('phone'),
    owner: t('owner'),
    noOwner: t('noOwner'),
    ownerPost: t('ownerPost'),
    ownerPostHint: t('ownerPostHint'),
    noPost: t('noPost'),
    save: t('save'),
    add: t('add'),
  };
  return {
    labels,
    options: {
      countries: f.countries(),
      organisationKinds: organisationKinds.map((kind) => ({ value: kind, label: f.organisationKind[kind] })),
      organisations: listOrganisations({ limit: 2000 }).rows,
      colleagues: listActiveColleagues(),
      posts: ownablePosts({ viewer, post: f.post }),
    },
  };
}
