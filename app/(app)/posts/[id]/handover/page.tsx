import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { PageHeader } from '@/components/page-header';
import { handoverPreview } from '@/db/posts';
import { missionToday } from '@/db/settings';
import { listActiveColleagues } from '@/db/users';
import { countryName } from '@/lib/countries';
import { commitmentSideLabels } from '@/lib/follow-ups';
import { requirePermission } from '@/server/current-user';
import { loadOr404 } from '@/server/load-or-404';
import { HandoverForm } from './handover-form';

export const metadata: Metadata = { title: 'Hand over a post' };

type FollowUpItem = { id: number; title: string; countryCode: string; committedBy: keyof typeof commitmentSideLabels; dueDate: string | null };
type ContactItem = { id: number; name: string; title: string | null; organisation: string | null };

const followUpItem = (f: FollowUpItem) => ({
  id: f.id,
  label: f.title,
  detail: [countryName(f.countryCode), commitmentSideLabels[f.committedBy], f.dueDate ? `due ${f.dueDate}` : 'no due date'].join(' · '),
});
const contactItem = (c: ContactItem) => ({ id: c.id, label: c.name, detail: [c.title, c.organisation].filter(Boolean).join(', ') || 'contact' });

/** The preview is the form: what moves is listed, and counted, before anything does. */
export default async function HandOverPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('post:hand-over');
  const { post, ofPost, ofHolder, counts } = loadOr404((await params).id, (postId) => handoverPreview({ viewer, postId }));
  const holder = post.holder;
  return (
    <div className="max-w-3xl space-y-4">
      <Link href={`/posts/${post.id}`} className="text-sm text-brand-700 underline">
        ← {post.title}
      </Link>
      <PageHeader
        title={`Hand over: ${post.title}`}
        description={
          holder
            ? `From ${holder.name}, holder since ${holder.fromDate}. The post owns ${counts.post!.followUps} open follow-ups and ${counts.post!.contacts} contacts; ${holder.name} owns ${ofHolder.followUps.length} open follow-ups and ${ofHolder.contacts.length} contacts of their own.`
            : `The post is vacant. Its first holder takes its ${counts.post!.followUps} open follow-ups and ${counts.post!.contacts} contacts.`
        }
      />
      <HandoverForm
        postId={post.id}
        holderName={holder?.name ?? null}
        today={missionToday()}
        colleagues={listActiveColleagues().filter((c) => c.id !== holder?.userId)}
        ofPost={{ followUps: ofPost.followUps.map(followUpItem), contacts: ofPost.contacts.map(contactItem) }}
        ofHolder={{ followUps: ofHolder.followUps.map(followUpItem), contacts: ofHolder.contacts.map(contactItem) }}
      />
    </div>
  );
}
