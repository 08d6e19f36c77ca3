import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { ClientNavigation } from '@/components/client-navigation';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Readout', template: '%s · Readout' },
  description: 'Meetings, follow-ups and commitments per partner country.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh">
        {children}
        <ClientNavigation />
      </body>
    </html>
  );
}
