import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { PageHeader } from '@/components/page-header';
import { handoverPreview } from '@/db/posts';
import { missionToday } from '@/db/settings';
import { listActiveColleagues } from '@/db/users';
import type { CommitmentSide } from '@/lib/follow-ups';
import { requirePermission } from '@/server/current-user';
import { getFormat } from '@/server/format';
import { loadOr404 } from '@/server/load-or-404';
import { HandoverForm } from './handover-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('posts.handOver'))('metaTitle') };
}

type FollowUpItem = { id: number; title: string; countryCode: string; committedBy: CommitmentSide; dueDate: string | null };
type ContactItem = { id: number; name: string; title: string | null; organisation: string | null };

/** The preview is the form: what moves is listed, and counted, before anything does. */
export default async function HandOverPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('post:hand-over');
  const { post, ofPost, ofHolder, counts } = loadOr404((await params).id, (postId) => handoverPreview({ viewer, postId }));
  const [t, f] = await Promise.all([getTranslations('posts.handOver'), getFormat()]);
  const title = f.post(post.title);
  const followUpItem = (item: FollowUpItem) => ({
    id: item.id,
    label: item.title,
    detail: [f.country(item.countryCode), t(`sides.${item.committedBy}`), item.dueDate ? t('due', { date: item.dueDate }) : t('noDueDate')].join(' · '),
  });
  const contactItem = (c: ContactItem) => ({ id: c.id, label: c.name, detail: [c.title, c.organisation].filter(Boolean).join(', ') || t('contact') });
  const holder = post.holder;
  return (
    <div className="max-w-3xl space-y-4">
      <Link href={`/posts/${post.id}`} className="text-sm text-brand-700 underline">
        ← {title}
      </Link>
      <PageHeader
        title={t('title', { title })}
        description={
          holder
            ? t('fromHolder', {
                name: holder.name,
                date: holder.fromDate,
                postFollowUps: counts.post!.followUps,
                postContacts: counts.post!.contacts,
                ownFollowUps: ofHolder.followUps.length,
                ownContacts: ofHolder.contacts.length,
              })
            : t('vacant', { followUps: counts.post!.followUps, contacts: counts.post!.contacts })
        }
      />
      <HandoverForm
        postId={post.id}
        today={missionToday()}
        colleagues={listActiveColleagues().filter((c) => c.id !== holder?.userId)}
        ofPost={{ followUps: ofPost.followUps.map(followUpItem), contacts: ofPost.contacts.map(contactItem) }}
        ofHolder={{ followUps: ofHolder.followUps.map(followUpItem), contacts: ofHolder.contacts.map(contactItem) }}
        labels={{
          successor: t('successor'),
          choose: t('choose'),
          from: t('from'),
          interim: t('interim'),
          withPost: t('withPost'),
          noPostFollowUp: t('noPostFollowUp'),
          noPostContact: t('noPostContact'),
          own: holder && { heading: t('own', { name: holder.name }), hint: t('ownHint', { name: holder.name }) },
          openFollowUps: t('openFollowUps'),
          contacts: t('contacts'),
          nothingOwn: t('nothingOwn'),
          submit: t('submit'),
          pending: t('pending'),
        }}
      />
    </div>
  );
}
