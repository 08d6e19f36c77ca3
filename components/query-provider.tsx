'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ComponentType, type ReactNode, useState } from 'react';

let tabClient: QueryClient | undefined;
const newClient = () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } });

/**
 * TanStack Query for the components that fetch on the client (look-ups as you type, pick lists).
 * In the browser every one of them shares one cache per tab; on the server each render gets a
 * fresh one, so nothing fetched for one user can reach another. Mounted by those components rather
 * than by the root layout, so that pages which fetch nothing on the client, or only after a click,
 * do not load the library up front (decision 0009).
 */
function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(() => (typeof window === 'undefined' ? newClient() : (tabClient ??= newClient())));
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

/** `Component` inside a QueryProvider: for the components that call TanStack Query's hooks. */
export function withQueryProvider<P extends object>(Component: ComponentType<P>) {
  return function WithQueryProvider(props: P) {
    return (
      <QueryProvider>
        <Component {...props} />
      </QueryProvider>
    );
  };
}
