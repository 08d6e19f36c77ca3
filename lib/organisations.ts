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
