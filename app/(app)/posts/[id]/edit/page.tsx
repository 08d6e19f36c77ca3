import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/page-header';
import { requirePermission } from '@/server/current-user';
import { getFormat } from '@/server/format';
import { PostForm } from '../../_components/post-form';
import { postChoices } from '../../_components/post-choices';
import { loadPost } from '../../_components/load-post';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('posts.form'))('editMetaTitle') };
}

export default async function EditPostPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('post:manage');
  const post = loadPost(viewer, (await params).id);
  const [t, f, choices] = await Promise.all([getTranslations('posts.form'), getFormat(), postChoices(post.countryCodes)]);
  return (
    <>
      <PageHeader title={t('editTitle', { title: f.post(post.title) })} />
      <PostForm
        post={post}
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
