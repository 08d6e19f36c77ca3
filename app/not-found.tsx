import { getTranslations } from 'next-intl/server';

export default async function NotFoundPage() {
  const t = await getTranslations('notFound');
  return (
    <main className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="mt-2 text-slate-600">{t('body')}</p>
      {/* A plain link: next/link here put a second copy of its code in some pages' first load (3 kB), and a full load suits an error page. */}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
      <a href="/" className="mt-6 inline-block font-medium text-brand-700 underline">
        {t('home')}
      </a>
    </main>
  );
}
