import type { Metadata } from 'next';
import { PageHeader } from '@/components/page-header';
import { requirePermission } from '@/server/current-user';
import { PostForm } from '../../_components/post-form';
import { postChoices } from '../../_components/post-choices';
import { loadPost } from '../../_components/load-post';

export const metadata: Metadata = { title: 'Edit post' };

export default async function EditPostPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('post:manage');
  const post = loadPost(viewer, (await params).id);
  return (
    <>
      <PageHeader title={`Edit ${post.title}`} />
      <PostForm post={post} {...postChoices(post.countryCodes)} />
    </>
  );
}
