import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { PageHeader } from '@/components/page-header';
import { buttonClass } from '@/components/ui/button-styles';
import { listPosts } from '@/db/posts';
import { countryName } from '@/lib/countries';
import { can } from '@/lib/policy';
import { requirePermission } from '@/server/current-user';

export const metadata: Metadata = { title: 'Posts' };

export default async function PostsPage() {
  const viewer = await requirePermission('post:view');
  const posts = listPosts({ viewer });
  return (
    <>
      <PageHeader
        title="Posts"
        description="The mission's positions. Follow-ups and contacts can belong to a post, and go to each next holder at a handover."
        actions={
          can(viewer, 'post:manage') && (
            <Link href="/posts/new" className={buttonClass()}>
              New post
            </Link>
          )
        }
      />
      {posts.length === 0 ? (
        <p className="text-slate-600">No post yet.{can(viewer, 'post:manage') ? ' Create the first one.' : ' An admin creates them.'}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" aria-label="Posts">
          {posts.map((post) => (
            <li key={post.id} className="p-4">
              <Link href={`/posts/${post.id}`} className="font-medium text-brand-700 underline">
                {post.title}
              </Link>
              {post.section && <span className="text-slate-600"> · {post.section}</span>}
              <p className="text-sm text-slate-700">
                {post.holder ? `${post.holder.name}${post.holder.interim ? ' (ad interim)' : ''}, since ${post.holder.fromDate}` : 'Vacant'}
                {post.countryCodes.length > 0 && ` · ${post.countryCodes.map(countryName).join(', ')}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
