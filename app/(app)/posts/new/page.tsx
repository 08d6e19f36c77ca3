import type { Metadata } from 'next';
import { PageHeader } from '@/components/page-header';
import { requirePermission } from '@/server/current-user';
import { PostForm } from '../_components/post-form';
import { postChoices } from '../_components/post-choices';

export const metadata: Metadata = { title: 'New post' };

export default async function NewPostPage() {
  await requirePermission('post:manage');
  return (
    <>
      <PageHeader title="New post" description="A position at the mission. Its holders come and go; what it owns stays with it." />
      <PostForm {...postChoices()} />
    </>
  );
}
