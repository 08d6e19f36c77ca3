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
  const t = await getTranslations('posts.form');
  return (
    <>
      <PageHeader title={t('newTitle')} description={t('newDescription')} />
      <PostForm
        {...postChoices()}
        labels={{
          title: t('title'),
          titleHint: t('titleHint'),
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
