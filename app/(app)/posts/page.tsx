import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { PageHeader } from '@/components/page-header';
import { buttonClass } from '@/components/ui/button-styles';
import { listPosts } from '@/db/posts';
import { can } from '@/lib/policy';
import { requirePermission } from '@/server/current-user';
import { getFormat } from '@/server/format';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('posts.list'))('title') };
}

export default async function PostsPage() {
  const viewer = await requirePermission('post:view');
  const [t, f] = await Promise.all([getTranslations('posts.list'), getFormat()]);
  const posts = listPosts({ viewer });
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          can(viewer, 'post:manage') && (
            <Link href="/posts/new" className={buttonClass()}>
              {t('newPost')}
            </Link>
          )
        }
      />
      {posts.length === 0 ? (
        <p className="text-slate-600">{can(viewer, 'post:manage') ? t('emptyCanCreate') : t('emptyAdminCreates')}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" aria-label={t('title')}>
          {posts.map((post) => (
            <li key={post.id} className="p-4">
              <Link href={`/posts/${post.id}`} className="font-medium text-brand-700 underline">
                {f.post(post.title)}
              </Link>
              {post.section && <span className="text-slate-600"> · {post.section}</span>}
              <p className="text-sm text-slate-700">
                {post.holder
                  ? t('holderSince', {
                      name: post.holder.interim ? t('adInterim', { name: post.holder.name }) : post.holder.name,
                      date: post.holder.fromDate,
                    })
                  : t('vacant')}
                {post.countryCodes.length > 0 && ` · ${post.countryCodes.map((code) => f.country(code)).join(', ')}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
