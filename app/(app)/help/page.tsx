import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/page-header';
import { commitmentSides, followUpStatuses } from '@/lib/follow-ups';
import { can, type Permission, permissions } from '@/lib/policy';
import { requireViewer } from '@/server/current-user';
import { getFormat } from '@/server/format';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('help'))('title') };
}

/**
 * What the signed-in user's role allows, read from the policy table itself, and the vocabulary of
 * follow-ups. It reads no records, which also makes it the bench's framework floor.
 */
export default async function HelpPage() {
  const viewer = await requireViewer();
  const t = await getTranslations('help');
  const f = await getFormat();
  const allowed = (Object.keys(permissions) as Permission[]).filter((permission) => can(viewer, permission));
  return (
    <div className="space-y-8">
      {/* One sentence per role: a language may write "as <role>" differently for each (French elides "que"). */}
      <PageHeader title={t('title')} description={t(`description.${viewer.role}`)} />
      <section aria-labelledby="your-role" className="space-y-2">
        <h2 id="your-role" className="text-lg font-semibold">
          {t('yourRole')}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {allowed.map((permission) => (
            <li key={permission}>{permissions[permission].description}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="follow-up-words" className="space-y-2">
        <h2 id="follow-up-words" className="text-lg font-semibold">
          {t('followUps')}
        </h2>
        <p>{t('followUpIs')}</p>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          {followUpStatuses.map((status) => (
            <div key={status} className="contents">
              <dt className="font-medium">{f.status[status]}</dt>
              <dd className="text-slate-700">{t(`statusMeaning.${status}`)}</dd>
            </div>
          ))}
        </dl>
        <p>{t('whoCommitted', { sides: commitmentSides.map((side) => f.side[side].toLocaleLowerCase(f.locale)).join(', ') })}</p>
      </section>
      <section aria-labelledby="confidentiality" className="space-y-2">
        <h2 id="confidentiality" className="text-lg font-semibold">
          {t('restrictedMeetings')}
        </h2>
        <p>{t('restrictedIs')}</p>
      </section>
    </div>
  );
}
