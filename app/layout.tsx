import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { ClientNavigation } from '@/components/client-navigation';
import { type CommonWords, CommonWordsProvider } from '@/components/common-words';
import type { Locale } from '@/lib/locale';
import { requestLocale } from '@/server/locale';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: { default: 'Readout', template: '%s · Readout' }, description: (await getTranslations('shell'))('description') };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/** The `common` parts the shared client components read (the rest is worded on the server); raw, as `fill` composes them. */
const shipped = [
  'saving',
  'any',
  'cancel',
  'email',
  'filters',
  'list',
  'draftStatus',
  'capture',
  'reauth',
  'textarea',
  'contactQuickAdd',
  'contactMatches',
  'similarContacts',
  'recoveryCodes',
] as const;

async function commonWords(locale: Locale): Promise<CommonWords> {
  const t = await getTranslations('common');
  const vocabulary = await getTranslations('vocabulary');
  const words = Object.fromEntries(shipped.map((part) => [part, t.raw(part)])) as Omit<CommonWords, 'locale'>;
  return { ...words, locale, contactQuickAdd: { ...words.contactQuickAdd, organisationKind: vocabulary.raw('organisationKind') } };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <CommonWordsProvider words={await commonWords(locale)}>{children}</CommonWordsProvider>
        <ClientNavigation />
      </body>
    </html>
  );
}
