import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/page-header';
import { requirePermission } from '@/server/current-user';
import { PostForm } from '../../_components/post-form';
import { postChoices } from '../../_components/post-choices';
import { loadPost } from '../../_components/load-post';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('posts.form'))('editMetaTitle') };
}

export default async function EditPostPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('post:manage');
  const post = loadPost(viewer, (await params).id);
  const t = await getTranslations('posts.form');
  return (
    <>
      <PageHeader title={t('editTitle', { title: post.title })} />
      <PostForm
        post={post}
        {...postChoices(post.countryCodes)}
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
