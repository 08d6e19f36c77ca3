import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/page-header';
import { requirePermission } from '@/server/current-user';
import { PostForm } from '../_components/post-form';
import { postChoices } from '../_components/post-choices';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('posts.form'))('newTitle') };
}

export default async function NewPostPage() {
  await requirePermission('post:manage');
  const [t, choices] = await Promise.all([getTranslations('posts.form'), postChoices()]);
  return (
    <>
      <PageHeader title={t('newTitle')} description={t('newDescription')} />
      <PostForm
        {...choices}
        labels={{
          title: t('title'),
          titleHint: t('titleHint'),
          titleFr: t('titleFr'),
          titleFrHint: t('titleFrHint'),
          section: t('section'),
          countries: t('countries'),
          areas: t('areas'),
          save: t('save'),
          create: t('create'),
          saving: t('saving'),
        }}
      />
    </>
  );
}
