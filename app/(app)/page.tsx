import type { Metadata } from 'next';
import Link from 'next/link';
import { navigation } from '@/lib/navigation';
import { can, permissions } from '@/lib/policy';
import { roleLabels } from '@/lib/roles';
import { requireUser } from '@/server/current-user';

export const metadata: Metadata = { title: 'Home' };

export default async function HomePage() {
  const user = await requireUser();
  const granted = Object.entries(permissions).filter(([permission]) => can(user, permission as keyof typeof permissions));
  const shortcuts = navigation.filter((item) => item.href !== '/' && (item.permission === null || can(user, item.permission)));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Welcome, {user.name}</h1>
        <p className="mt-1 text-slate-600">You are signed in as {roleLabels[user.role].toLowerCase()}.</p>
      </div>
      {shortcuts.length > 0 && (
        <section aria-labelledby="shortcuts" className="rounded-xl border border-slate-200 bg-white p-5">
          <h2 id="shortcuts" className="font-semibold">
            Go to
          </h2>
          <ul className="mt-3 flex flex-wrap gap-2">
            {shortcuts.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium hover:bg-slate-100">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="rights" className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="rights" className="font-semibold">
          What your role allows
        </h2>
        {granted.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">Your role has no administrative rights.</p>
        ) : (
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
            {granted.map(([permission, { description }]) => (
              <li key={permission}>{description}</li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
