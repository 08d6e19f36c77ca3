import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { NameSearch, Pager } from '@/components/list-controls';
import { PageHeader } from '@/components/page-header';
import { buttonClass } from '@/components/ui/button-styles';
import { listContacts } from '@/db/contacts';
import { countryName } from '@/lib/countries';
import { can } from '@/lib/policy';
import { requirePermission } from '@/server/current-user';

export const metadata: Metadata = { title: 'Contacts' };
const PAGE_SIZE = 50;

export default async function ContactsPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  const viewer = await requirePermission('contact:view');
  const { q = '', page: rawPage } = await searchParams;
  const page = Math.max(1, Math.min(10_000, Number.parseInt(rawPage ?? '1', 10) || 1));
  const query = q.slice(0, 200);
  const { rows, total } = listContacts({ query, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const pageLink = (n: number) => `/contacts?${new URLSearchParams({ ...(query ? { q: query } : {}), page: String(n) })}`;
  return (
    <>
      <PageHeader
        title="Contacts"
        description={`${total} counterpart${total === 1 ? '' : 's'}${query ? ` matching “${query}”` : ''}.`}
        actions={
          can(viewer, 'contact:create') && (
            <Link href="/contacts/new" className={buttonClass()}>
              New contact
            </Link>
          )
        }
      />
      <NameSearch id="contact-q" label="Search contacts" query={query} placeholder="Name, any spelling" />
      <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" aria-label="Contacts">
        {rows.map((contact) => (
          <li key={contact.id} className="p-4">
            <Link href={`/contacts/${contact.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
              {contact.name}
            </Link>
            <p className="text-sm text-slate-600">
              {[contact.title, contact.organisationName, contact.countryCode && countryName(contact.countryCode)].filter(Boolean).join(' · ')}
            </p>
          </li>
        ))}
        {rows.length === 0 && <li className="p-6 text-center text-slate-600">No contact found.</li>}
      </ul>
      <Pager page={page} hasNext={page * PAGE_SIZE < total} href={pageLink} />
    </>
  );
}
