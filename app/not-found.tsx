export default function NotFoundPage() {
  return (
    <main className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-slate-600">This page does not exist, or you do not have access to it.</p>
      {/* A plain link: next/link here put a second copy of its code in some pages' first load (3 kB), and a full load suits an error page. */}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
      <a href="/" className="mt-6 inline-block font-medium text-brand-700 underline">
        Go to the home page
      </a>
    </main>
  );
}
