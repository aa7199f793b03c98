import { redirect } from "next/navigation";
import { Suspense, type ReactNode } from "react";
import { Link } from "@/app/_components/link";
import { getCurrentUser } from "@/server/auth";
import { NavLinks } from "./_components/nav-links";
import { NotificationBell, NotificationBellLink } from "./_components/notification-bell";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");

  return (
    <div className="min-h-dvh pb-20 sm:pb-0">
      <header className="sticky top-0 z-30 border-b border-stone-200 bg-stone-50/90 backdrop-blur dark:border-stone-800 dark:bg-stone-950/90">
        <div className="mx-auto flex h-14 max-w-5xl items-center gap-6 px-4">
          <Link href="/today" className="flex items-center gap-2 text-lg font-semibold tracking-tight">
            <span aria-hidden="true" className="inline-block h-7 w-7 rounded-lg bg-brand-600 bg-[url(/favicon.svg)] bg-cover" />
            Kith
          </Link>
          <nav aria-label="Main" className="hidden sm:block">
            <NavLinks variant="top" />
          </nav>
          <div className="ml-auto">
            {/* Its count waits its turn at the database, and the page's first bytes need not wait for it. */}
            <Suspense fallback={<NotificationBellLink unread={0} />}>
              <NotificationBell />
            </Suspense>
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-5xl px-4 py-5 sm:py-8">{children}</main>
      <nav aria-label="Main" className="fixed inset-x-0 bottom-0 z-30 border-t border-stone-200 bg-white/95 pb-[env(safe-area-inset-bottom)] backdrop-blur dark:border-stone-800 dark:bg-stone-900/95 sm:hidden">
        <NavLinks variant="tabs" />
      </nav>
    </div>
  );
}
