/**
 * The dashboard's charts, drawn on the server as plain HTML bars: no charting runtime runs on the
 * phone, so nothing blocks a tap while the page loads, and the charts print and fit any width.
 * Each is a labelled figure whose numbers are also in a table below it, for screen readers.
 * Their words come from the catalogues (`dashboardCharts`), in the reader's language.
 */

import { getTranslations } from 'next-intl/server';
import { dateLocales } from '@/lib/dates';
import type { Locale } from '@/lib/locale';
import { getFormat } from '@/server/format';

type Series<Row> = { key: keyof Row & string; name: string; color: string };

const colors = { open: '#1f4e89', overdue: '#b91c1c', closed: '#047857' };

/** A top value and round gridlines (steps of 1, 2 or 5 × 10ⁿ, about four of them) for counts up to `max`. */
export function countScale(max: number): { top: number; ticks: number[] } {
  const rough = Math.max(max, 1) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(
    1,
    [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough)!,
  );
  const top = Math.max(step, Math.ceil(max / step) * step);
  return { top, ticks: Array.from({ length: top / step + 1 }, (_, i) => i * step) };
}

const share = (value: number, top: number) => `${(value / top) * 100}%`;

async function Figure({
  id,
  title,
  legend,
  children,
  table,
}: {
  id: string;
  title: string;
  legend?: React.ReactNode;
  children: React.ReactNode;
  table: React.ReactNode;
}) {
  const t = await getTranslations('dashboardCharts');
  return (
    <figure aria-labelledby={`${id}-title`} className="rounded-xl border border-slate-200 bg-white p-4 [print-color-adjust:exact]">
      <figcaption id={`${id}-title`} className="mb-2 font-semibold">
        {title}
      </figcaption>
      <div role="img" aria-label={t('chart', { title })}>
        {legend}
        {children}
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-brand-700">{t('showTable')}</summary>
        {table}
      </details>
    </figure>
  );
}

function Legend({ items }: { items: { name: string; color: string; hatched?: boolean }[] }) {
  return (
    <p className="mb-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
      {items.map((item) => (
        <span key={item.name} className="flex items-center gap-1.5">
          <span className="inline-block size-3 rounded-sm" style={item.hatched ? hatched(item.color) : { background: item.color }} />
          {item.name}
        </span>
      ))}
    </p>
  );
}

const hatched = (color: string) => ({
  background: `repeating-linear-gradient(135deg, ${color} 0 2px, transparent 2px 5px)`,
  boxShadow: `inset 0 0 0 1px ${color}`,
});

const tableClass = 'mt-2 w-full text-left text-sm [&_td]:py-1 [&_th]:py-1';

function FiguresTable<Row>({ rows, label, header, series }: { rows: readonly Row[]; label: (row: Row) => string; header: string; series: Series<Row>[] }) {
  return (
    <table className={tableClass}>
      <thead>
        <tr>
          <th scope="col">{header}</th>
          {series.map((s) => (
            <th key={s.key} scope="col">
              {s.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={label(row)}>
            <th scope="row">{label(row)}</th>
            {series.map((s) => (
              <td key={s.key}>{String(row[s.key])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One line per row: its label, then a bar per series with its value at the bar's end. */
function BarRows<Row>({ rows, label, series }: { rows: readonly Row[]; label: (row: Row) => string; series: Series<Row>[] }) {
  const { top } = countScale(Math.max(0, ...rows.flatMap((row) => series.map((s) => Number(row[s.key])))));
  return (
    <ul className="space-y-2 text-xs">
      {rows.map((row) => (
        <li key={label(row)} className="grid grid-cols-[minmax(0,9rem)_1fr] items-center gap-2 sm:grid-cols-[minmax(0,12rem)_1fr]">
          <span className="line-clamp-2 text-slate-800">{label(row)}</span>
          <span className="space-y-0.5">
            {series.map((s) => (
              <span key={s.key} className="flex items-center gap-1">
                <span className="h-2.5 rounded-r-sm" style={{ width: `calc((100% - 2rem) * ${Number(row[s.key]) / top})`, background: s.color }} />
                <span className="tabular-nums text-slate-700">{String(row[s.key])}</span>
              </span>
            ))}
          </span>
        </li>
      ))}
    </ul>
  );
}

type CountryRow = { country: string; open: number; overdue: number };

export async function OpenVersusOverdueChart({ data }: { data: CountryRow[] }) {
  const t = await getTranslations('dashboardCharts');
  const countrySeries: Series<CountryRow>[] = [
    { key: 'open', name: t('open'), color: colors.open },
    { key: 'overdue', name: t('overdue'), color: colors.overdue },
  ];
  const label = (row: CountryRow) => row.country;
  return (
    <Figure
      id="open-overdue"
      title={t('perCountry')}
      legend={<Legend items={countrySeries} />}
      table={<FiguresTable rows={data} label={label} header={t('country')} series={countrySeries} />}
    >
      {data.length ? <BarRows rows={data} label={label} series={countrySeries} /> : <p className="text-sm text-slate-600">{t('noOpen')}</p>}
    </Figure>
  );
}

type MonthRow = { month: string; opened: number; closed: number };

const monthName = (month: string, locale: Locale) => new Date(`${month}-01T00:00:00Z`).toLocaleString(dateLocales[locale], { month: 'short', timeZone: 'UTC' });

export async function OpenedVersusClosedChart({ data, today }: { data: MonthRow[]; today: string }) {
  const t = await getTranslations('dashboardCharts');
  const { locale } = await getFormat();
  const monthSeries: Series<MonthRow>[] = [
    { key: 'opened', name: t('opened'), color: colors.open },
    { key: 'closed', name: t('closed'), color: colors.closed },
  ];
  const current = today.slice(0, 7);
  const { top, ticks } = countScale(Math.max(0, ...data.flatMap((row) => [row.opened, row.closed])));
  // The current month is not over: its label says so, so that its lower counts do not read as a fall.
  const labelled = data.map((row) => ({ ...row, month: row.month === current ? t('currentMonth', { month: row.month }) : row.month }));
  return (
    <Figure
      id="per-month"
      title={t('perMonth')}
      legend={
        <Legend items={[...monthSeries, ...(data.some((row) => row.month === current) ? [{ name: t('monthSoFar'), color: '#475569', hatched: true }] : [])]} />
      }
      table={<FiguresTable rows={labelled} label={(row) => row.month} header={t('month')} series={monthSeries} />}
    >
      <div className="flex gap-1 text-[0.625rem] text-slate-600">
        <div className="relative h-48 w-6 shrink-0">
          {ticks.map((tick) => (
            <span key={tick} className="absolute right-0 translate-y-1/2 tabular-nums" style={{ bottom: share(tick, top) }}>
              {tick}
            </span>
          ))}
        </div>
        <div className="min-w-0 flex-1">
          <div className="relative h-48 border-b border-slate-300">
            {ticks.slice(1).map((tick) => (
              <span key={tick} className="absolute inset-x-0 border-t border-dashed border-slate-200" style={{ bottom: share(tick, top) }} />
            ))}
            <ol className="absolute inset-0 grid items-end" style={{ gridTemplateColumns: `repeat(${data.length}, minmax(0, 1fr))` }}>
              {data.map((row) => (
                <li key={row.month} className="flex h-full items-end justify-center gap-px px-px">
                  {monthSeries.map((s) => (
                    <span
                      key={s.key}
                      className="w-1/3 max-w-4 rounded-t-sm"
                      style={{ height: share(row[s.key] as number, top), ...(row.month === current ? hatched(s.color) : { background: s.color }) }}
                    />
                  ))}
                </li>
              ))}
            </ol>
          </div>
          <ol className="mt-1 grid text-center" style={{ gridTemplateColumns: `repeat(${data.length}, minmax(0, 1fr))` }}>
            {data.map((row, index) => (
              <li key={row.month} className="leading-tight">
                {monthName(row.month, locale)}
                <br />
                {row.month === current ? t('soFar') : index === 0 || row.month.endsWith('-01') ? row.month.slice(0, 4) : ''}
              </li>
            ))}
          </ol>
        </div>
      </div>
    </Figure>
  );
}

type AreaRow = { area: string; countries: number };

export async function AgreedAreasChart({ data }: { data: readonly AreaRow[] }) {
  const t = await getTranslations('dashboardCharts');
  const areaSeries: Series<AreaRow>[] = [{ key: 'countries', name: t('countries'), color: colors.open }];
  const label = (row: AreaRow) => row.area;
  return (
    <Figure id="areas" title={t('agreedAreas')} table={<FiguresTable rows={data} label={label} header={t('area')} series={areaSeries} />}>
      {data.length ? <BarRows rows={data} label={label} series={areaSeries} /> : <p className="text-sm text-slate-600">{t('noAgreedAreas')}</p>}
    </Figure>
  );
}
