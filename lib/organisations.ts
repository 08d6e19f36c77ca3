/** The kinds of organisation counterparts belong to, with their labels. */

export const organisationKinds = [
  'government',
  'parliament',
  'business-association',
  'company',
  'university',
  'international-organisation',
  'ngo',
  'diaspora',
  'media',
  'other',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];
export const organisationKindLabels: Record<OrganisationKind, string> = {
  government: 'Government / ministry',
  parliament: 'Parliament',
  'business-association': 'Business association / chamber',
  company: 'Company',
  university: 'University / research',
  'international-organisation': 'International organisation',
  ngo: 'NGO / foundation',
  diaspora: 'Diaspora association',
  media: 'Media',
  other: 'Other',
};
