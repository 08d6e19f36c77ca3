import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { FilterPanel } from '@/components/filter-panel';
import { PageHeader } from '@/components/page-header';
import { buttonClass } from '@/components/ui/button-styles';
import { listAuditActions, listAuditEvents } from '@/db/audit';
import { getMissionSettings } from '@/db/settings';
import { listActiveColleagues } from '@/db/users';
import { countActiveFilters } from '@/lib/list-filters';
import { describeBrowser } from '@/lib/sessions';
import { calendarDate, recordId } from '@/lib/schemas/common';
import { requirePermission } from '@/server/current-user';
import { getFormat } from '@/server/format';
import { translateMessage } from '@/server/messages';
import { auditRecordTypes, describeAuditAction, describeAuditRecord, describeAuditRecordType } from './describe';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.audit'))('title') };
}

const control = 'block w-full rounded-md border border-slate-300 bg-white px-3 py-2';

function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePermission('audit:read');
  const t = await getTranslations('admin.audit');
  const words = await getTranslations('auditLog');
  const f = await getFormat();
  const params = await searchParams;
  const filters = {
    actorId: recordId.safeParse(params.actor).data,
    entityType: params.entity?.match(/^[a-z_]{1,40}$/)?.[0],
    entityId: params.record?.match(/^[\w-]{1,40}$/)?.[0],
    action: params.action?.match(/^[a-z.-]{1,60}$/)?.[0],
    kind: params.kind === 'security' || params.kind === 'changes' ? (params.kind as 'security' | 'changes') : undefined,
    clientAddress: params.address?.match(/^[\w.:%-]{1,64}$/)?.[0],
    from: calendarDate('From').safeParse(params.from).data,
    to: calendarDate('To').safeParse(params.to).data,
  };
  const { timeZone } = getMissionSettings();
  const { events, next } = listAuditEvents({ filters, before: recordId.safeParse(params.before).data });
  const query = new URLSearchParams(Object.entries(params).filter(([key, value]) => key !== 'before' && value) as [string, string][]);
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <a href="/admin/audit/export" className={buttonClass('secondary')} download>
            {t('download')}
          </a>
        }
      />
      <FilterPanel activeCount={countActiveFilters(filters)}>
        <form
          method="get"
          role="search"
          aria-label={t('filter')}
          className="mb-4 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-4"
        >
          <div>
            <label htmlFor="kind" className="text-sm font-medium">
              {t('events')}
            </label>
            <select id="kind" name="kind" defaultValue={filters.kind ?? ''} className={control}>
              <option value="">{t('allEvents')}</option>
              <option value="security">{t('securityEvents')}</option>
              <option value="changes">{t('changeEvents')}</option>
            </select>
          </div>
          <div>
            <label htmlFor="actor" className="text-sm font-medium">
              {t('who')}
            </label>
            <select id="actor" name="actor" defaultValue={params.actor ?? ''} className={control}>
              <option value="">{t('anyone')}</option>
              {listActiveColleagues().map((user) => (
                <option key={user.id} value={user.id}>
                  {user.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="action" className="text-sm font-medium">
              {t('action')}
            </label>
            <select id="action" name="action" defaultValue={filters.action ?? ''} className={control}>
              <option value="">{t('any')}</option>
              {listAuditActions().map((action) => {
                const description = describeAuditAction(action, words);
                return (
                  <option key={action} value={action}>
                    {description ? words('actionOption', { description, code: action }) : action}
                  </option>
                );
              })}
            </select>
          </div>
          <div>
            <label htmlFor="entity" className="text-sm font-medium">
              {t('recordType')}
            </label>
            <select id="entity" name="entity" defaultValue={filters.entityType ?? ''} className={control}>
              <option value="">{t('any')}</option>
              {auditRecordTypes.map((type) => (
                <option key={type} value={type}>
                  {describeAuditRecordType(type, words) ?? type}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="record" className="text-sm font-medium">
              {t('recordId')}
            </label>
            <input id="record" name="record" defaultValue={filters.entityId} className={control} />
          </div>
          <div>
            <label htmlFor="address" className="text-sm font-medium">
              {t('clientAddress')}
            </label>
            <input id="address" name="address" defaultValue={filters.clientAddress} className={control} />
          </div>
          <div>
            <label htmlFor="from" className="text-sm font-medium">
              {t('from')}
            </label>
            <input id="from" name="from" type="date" defaultValue={filters.from} className={control} />
          </div>
          <div>
            <label htmlFor="to" className="text-sm font-medium">
              {t('to')}
            </label>
            <input id="to" name="to" type="date" defaultValue={filters.to} className={control} />
          </div>
          <div className="flex gap-2 sm:col-span-3 lg:col-span-4">
            <button type="submit" className={buttonClass()}>
              {t('apply')}
            </button>
            <Link href="/admin/audit" className={buttonClass('secondary')}>
              {t('clear')}
            </Link>
          </div>
        </form>
      </FilterPanel>
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className="w-full min-w-[48rem] text-left text-sm">
          <caption className="sr-only">{t('caption')}</caption>
          <thead className="border-b border-slate-200 bg-slate-50">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t('columns.when')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('columns.who')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('columns.action')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('columns.record')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('columns.from')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('columns.changes')}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 align-top">
            {events.map((event) => {
              const description = describeAuditAction(event.action, words);
              const record = describeAuditRecord(event.entityType, event.entityType === 'country' ? f.country(event.entityId) : event.entityId, words);
              return (
                <tr key={event.id}>
                  <td className="whitespace-nowrap px-3 py-2">
                    <time dateTime={event.at.toISOString()}>{f.timestamp(event.at, timeZone, { seconds: true })}</time>
                  </td>
                  <td className="px-3 py-2">{event.actorName ?? '—'}</td>
                  <td className="px-3 py-2">
                    {description && <span className="block">{description}</span>}
                    <span className="block font-mono text-xs">{event.action}</span>
                  </td>
                  <td className="px-3 py-2">
                    {record && <span className="block">{record}</span>}
                    <span className="block font-mono text-xs">
                      {event.entityType} #{event.entityId}
                    </span>
                  </td>
                  <td className="px-3 py-2">
                    {event.clientAddress ?? '—'}
                    {event.userAgent && <span className="block text-xs text-slate-600">{translateMessage(describeBrowser(event.userAgent), f.locale)}</span>}
                  </td>
                  <td className="px-3 py-2">
                    <ul>
                      {Object.entries(event.changes ?? {}).map(([field, [before, after]]) => (
                        <li key={field} className="break-words">
                          <span className="font-medium">{field}</span>: {formatValue(before)} → {formatValue(after)}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              );
            })}
            {events.length === 0 && (
              <tr>
                <td colSpan={6} className="p-6 text-center text-slate-600">
                  {t('noMatch')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {next && (
        <Link href={`/admin/audit?${query}${query.size ? '&' : ''}before=${next}`} className={`${buttonClass('secondary')} mt-4`}>
          {t('older')}
        </Link>
      )}
    </>
  );
}
