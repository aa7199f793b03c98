"use client";

import { usePathname } from "next/navigation";
import { Link, PendingMark } from "@/app/_components/link";
import { feedLinkLabel, FeedUnreadBadge, useFeedUnreadCount } from "./feed-unread-badge";

// The five places of the product map (see DESIGN.md), in the order both bars show them.
const PLACES = [
  { href: "/today", label: "Today", icon: "M12 3v1.5M12 19.5V21M4.6 4.6l1.1 1.1M18.3 18.3l1.1 1.1M3 12h1.5M19.5 12H21M4.6 19.4l1.1-1.1M18.3 5.7l1.1-1.1M16 12a4 4 0 1 1-8 0 4 4 0 0 1 8 0Z" },
  // A stack of cards.
  { href: "/feed", label: "Feed", icon: "M7 4h10M5 7.5h14M5 11h14a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1v-7a1 1 0 0 1 1-1Z" },
  { href: "/people", label: "People", icon: "M16 11a4 4 0 1 0-8 0 4 4 0 0 0 8 0ZM4 21c0-3.5 3.6-6 8-6s8 2.5 8 6" },
  // Three people and the ties between them.
  { href: "/network", label: "Network", icon: "M12 7.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5ZM5 21.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5ZM19 21.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5ZM10.8 7.2l-4.6 9.6M13.2 7.2l4.6 9.6M7.5 19h9" },
  { href: "/settings", label: "Settings", icon: "M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm7.4-3a7.4 7.4 0 0 0-.1-1.2l2-1.6-2-3.4-2.4 1a7 7 0 0 0-2-1.2L14.5 3h-4l-.4 2.6a7 7 0 0 0-2 1.2l-2.4-1-2 3.4 2 1.6a7.4 7.4 0 0 0 0 2.4l-2 1.6 2 3.4 2.4-1a7 7 0 0 0 2 1.2l.4 2.6h4l.4-2.6a7 7 0 0 0 2-1.2l2.4 1 2-3.4-2-1.6c.1-.4.1-.8.1-1.2Z" },
];

export function NavLinks({ variant }: { variant: "top" | "tabs" }) {
  const pathname = usePathname();
  const unread = useFeedUnreadCount();
  return (
    <ul className={variant === "tabs" ? "grid grid-cols-5" : "flex gap-1"}>
      {PLACES.map((place) => {
        const active = pathname === place.href || pathname.startsWith(`${place.href}/`);
        const isFeed = place.href === "/feed";
        return (
          <li key={place.href}>
            <Link
              href={place.href}
              aria-current={active ? "page" : undefined}
              aria-label={isFeed ? feedLinkLabel(place.label, unread) : undefined}
              className={
                variant === "tabs"
                  ? `relative flex min-h-14 flex-col items-center justify-center gap-0.5 text-xs font-medium ${active ? "text-brand-600 dark:text-brand-100" : "text-stone-500"}`
                  : `relative rounded-lg px-3 py-2 text-sm font-medium ${active ? "bg-brand-50 text-brand-700 dark:bg-stone-800 dark:text-brand-100" : "text-stone-600 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800"}`
              }
            >
              <PendingMark className={`absolute inset-x-3 h-0.5 rounded-full bg-brand-500 ${variant === "tabs" ? "top-0" : "bottom-0"}`} />
              {variant === "tabs" && (
                <span className="relative inline-flex">
                  <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
                    <path d={place.icon} />
                  </svg>
                  {isFeed && <FeedUnreadBadge count={unread} variant="tabs" />}
                </span>
              )}
              {place.label}
              {isFeed && variant === "top" && <FeedUnreadBadge count={unread} variant="top" />}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
