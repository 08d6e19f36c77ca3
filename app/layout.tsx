import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { getLocale } from 'next-intl/server';
import { ClientNavigation } from '@/components/client-navigation';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Readout', template: '%s · Readout' },
  description: 'Meetings, follow-ups and commitments per partner country.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={await getLocale()}>
      <body className="min-h-dvh">
        {children}
        <ClientNavigation />
      </body>
    </html>
  );
}
