"use client";
// The Posts page's filters: a state (links, so each filtered view has its own address and the
// browser's back button walks through them) and a channel (a native select). Both keep the other
// filter, and both are plain keyboard-reachable controls.
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useId, useTransition } from "react";
import { postFiltersQuery, STATE_FILTERS, type PostFilters } from "@/components/posts/post-filters";
import { cn } from "@/lib/utils/cn";

export function PostFilterBar({
  filters,
  channels,
}: {
  filters: PostFilters;
  channels: { id: string; name: string }[];
}) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const selectId = useId();
  const hrefFor = (next: Partial<PostFilters>) => `${pathname}${postFiltersQuery({ ...filters, ...next })}`;

  return (
    <div className="mb-4 flex flex-wrap items-center justify-between gap-3" aria-busy={pending || undefined}>
      <nav aria-label="Filter posts by state">
        <ul className="flex flex-wrap gap-1 rounded-lg bg-slate-100 p-1">
          {STATE_FILTERS.map((filter) => {
            const active = filters.state === filter.value;
            return (
              <li key={filter.label}>
                <Link
                  href={hrefFor({ state: filter.value })}
                  scroll={false}
                  aria-current={active ? "page" : undefined}
                  className={cn(
                    "focus-visible:ring-brand-500 block rounded-md px-3 py-1.5 text-sm font-medium focus-visible:ring-2 focus-visible:outline-none",
                    active ? "bg-white text-slate-900 shadow-sm" : "text-slate-600 hover:text-slate-900",
                  )}
                >
                  {filter.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {channels.length > 0 && (
        <div className="flex items-center gap-2 text-sm text-slate-700">
          <label htmlFor={selectId}>Channel</label>
          <select
            id={selectId}
            value={filters.channel ?? ""}
            onChange={(event) => {
              const href = hrefFor({ channel: event.target.value || null });
              startTransition(() => router.push(href, { scroll: false }));
            }}
            className="focus-visible:ring-brand-500 h-9 rounded-lg border border-slate-300 bg-white px-2 text-sm text-slate-900 shadow-sm focus-visible:ring-2 focus-visible:outline-none"
          >
            <option value="">All channels</option>
            {channels.map((channel) => (
              <option key={channel.id} value={channel.id}>
                {channel.name}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
