'use client';

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/**
 * Charts for those who would rather look than read. Each is a labelled figure whose numbers are
 * also in a table (the dashboard table, or the one under the chart) for screen readers and print.
 */
function Figure({ id, title, children, table, height = 288 }: { id: string; title: string; children: React.ReactNode; table: React.ReactNode; /** px; a chart whose rows grow sets its own */ height?: number }) {
  return (
    <figure aria-labelledby={`${id}-title`} className="rounded-xl border border-slate-200 bg-white p-4">
      <figcaption id={`${id}-title`} className="mb-2 font-semibold">
        {title}
      </figcaption>
      <div style={{ height }} role="img" aria-label={`${title}: chart; the figures are in the table below it.`}>
        {children}
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-brand-700">Show the figures as a table</summary>
        {table}
      </details>
    </figure>
  );
}

const tableClass = 'mt-2 w-full text-left text-sm [&_td]:py-1 [&_th]:py-1';

export function OpenVersusOverdueChart({ data }: { data: { country: string; open: number; overdue: number }[] }) {
  return (
    <Figure
      id="open-overdue"
      title="Open and overdue follow-ups per country"
      table={
        <table className={tableClass}>
          <thead>
            <tr>
              <th scope="col">Country</th>
              <th scope="col">Open</th>
              <th scope="col">Overdue</th>
            </tr>
          </thead>
          <tbody>
            {data.map((row) => (
              <tr key={row.country}>
                <th scope="row">{row.country}</th>
                <td>{row.open}</td>
                <td>{row.overdue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ left: -20 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="country" tick={{ fontSize: 12 }} interval={0} angle={-30} textAnchor="end" height={60} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend />
          <Bar dataKey="open" name="Open" fill="#1f4e89" />
          <Bar dataKey="overdue" name="Overdue" fill="#b91c1c" />
        </BarChart>
      </ResponsiveContainer>
    </Figure>
  );
}

/** The current month is not over: its label says so, so that its lower counts do not read as a fall. */
const monthLabel = (month: string, today: string) => (month === today.slice(0, 7) ? `${month} so far` : month);

export function OpenedVersusClosedChart({ data, today }: { data: { month: string; opened: number; closed: number }[]; today: string }) {
  const labelled = data.map((row) => ({ ...row, month: monthLabel(row.month, today) }));
  return (
    <Figure
      id="per-month"
      title="Follow-ups opened and closed per month (12 months)"
      table={
        <table className={tableClass}>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Opened</th>
              <th scope="col">Closed</th>
            </tr>
          </thead>
          <tbody>
            {labelled.map((row) => (
              <tr key={row.month}>
                <th scope="row">{row.month}</th>
                <td>{row.opened}</td>
                <td>{row.closed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        {/* Room on the right for the last label and point, which were clipped. */}
        <LineChart data={labelled} margin={{ left: -20, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="month" tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend />
          <Line type="monotone" dataKey="opened" name="Opened" stroke="#1f4e89" strokeWidth={2} />
          <Line type="monotone" dataKey="closed" name="Closed" stroke="#047857" strokeWidth={2} />
        </LineChart>
      </ResponsiveContainer>
    </Figure>
  );
}

export function AgreedAreasChart({ data }: { data: readonly { area: string; countries: number }[] }) {
  return (
    <Figure
      id="areas"
      title="Agreed cooperation areas: number of partner countries"
      // 28 px a row: two-line names ("Climate and sustainable development") no longer overlap.
      height={Math.max(288, data.length * 28 + 40)}
      table={
        <table className={tableClass}>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Countries</th>
            </tr>
          </thead>
          <tbody>
            {data.map((row) => (
              <tr key={row.area}>
                <th scope="row">{row.area}</th>
                <td>{row.countries}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ left: 40 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="area" width={150} interval={0} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Bar dataKey="countries" name="Countries" fill="#1f4e89" />
        </BarChart>
      </ResponsiveContainer>
    </Figure>
  );
}
