'use client';

import dynamic from 'next/dynamic';

/**
 * The charts load after the page: Recharts is two thirds of the dashboard's JavaScript, and the
 * table above them already says everything a chart does. Keeps first-load JS under 150 kB gzip.
 */
const placeholder = () => <div className="h-96 animate-pulse rounded-xl border border-slate-200 bg-white" aria-hidden="true" />;

export const OpenVersusOverdueChart = dynamic(() => import('./charts').then((charts) => charts.OpenVersusOverdueChart), { ssr: false, loading: placeholder });
export const OpenedVersusClosedChart = dynamic(() => import('./charts').then((charts) => charts.OpenedVersusClosedChart), { ssr: false, loading: placeholder });
export const AgreedAreasChart = dynamic(() => import('./charts').then((charts) => charts.AgreedAreasChart), { ssr: false, loading: placeholder });
