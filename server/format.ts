import 'server-only';
import { getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { namesInFrench } from '../db/names-in-french';
import { countryChoices, countryName } from '../lib/countries';
import { formatDateRange, formatTimestamp, howLongAgo } from '../lib/dates';
import { commitmentSides, followUpStatuses, reviewSections } from '../lib/follow-ups';
import type { Locale } from '../lib/locale';
import { areaOutcomes, confidentialityLevels, meetingKinds } from '../lib/meetings';
import { organisationKinds } from '../lib/organisations';
import { roles } from '../lib/roles';
import { requestLocale } from './locale';

/**
 * Dates, numbers, country names and the fixed vocabularies (statuses, sides, kinds, roles) in the
 * request's language: what a page writes beside its catalogue words. Client components get the results as props.
 */
export const getFormat = cache(async () => {
  const locale: Locale = await requestLocale();
  const numbers = new Intl.NumberFormat(locale);
  const lists = new Intl.ListFormat(locale, { type: 'conjunction' });
  const t = await getTranslations('vocabulary');
  // Areas and posts are named by admins in both languages; English is the name a record is stored under.
  const french = locale === 'fr' ? namesInFrench() : null;
  const words = <K extends string>(group: string, keys: readonly K[]) =>
    Object.fromEntries(keys.map((key) => [key, t(`${group}.${key}` as never)])) as Record<K, string>;
  return {
    locale,
    /** "24 June 2024", "24 juin 2024 – 25 juin 2024". */
    dateRange: (start: string, end?: string | null) => formatDateRange(start, end, locale),
    /** An instant in the mission's zone, the zone named. */
    timestamp: (at: Date, timeZone: string, options: { seconds?: boolean } = {}) => formatTimestamp(at, timeZone, { ...options, locale }),
    /** "3 weeks ago", "il y a 3 semaines". */
    ago: (day: string, today: string) => howLongAgo(day, today, locale),
    country: (code: string) => countryName(code, locale),
    countries: () => countryChoices(locale),
    number: (value: number) => numbers.format(value),
    /** "A, B and C", "A, B et C". */
    list: (items: string[]) => lists.format(items),
    /** A cooperation area's name, a post's title, as the admins wrote it in this language. */
    area: (name: string) => french?.areas.get(name) ?? name,
    post: (title: string) => french?.posts.get(title) ?? title,
    status: words('status', followUpStatuses),
    side: words('side', commitmentSides),
    reviewSection: words('reviewSection', reviewSections),
    meetingKind: words('meetingKind', meetingKinds),
    organisationKind: words('organisationKind', organisationKinds),
    confidentiality: words('confidentiality', confidentialityLevels),
    areaOutcome: words('areaOutcome', areaOutcomes),
    role: words('role', roles),
  };
});

export type Format = Awaited<ReturnType<typeof getFormat>>;
