"use client";
// The reference's table of contents. Plain anchor links (they work without JavaScript); once
// hydrated it also marks the section being read and keeps that link in view in the sidebar.
import { useEffect, useRef, useState } from "react";
import { cn } from "@/lib/utils/cn";
import { MethodBadge } from "./method-badge";

export type NavItem = { id: string; label: string; method?: string; title?: string; mono?: boolean };
export type NavGroup = { title: string; items: NavItem[] };

/** Where a section counts as "being read": this far below the top of the window. */
const READING_LINE = 128;

export function DocsNav({ groups, label }: { groups: NavGroup[]; label: string }) {
  const [active, setActive] = useState<string | undefined>();
  const navRef = useRef<HTMLElement>(null);

  useEffect(() => {
    const ids = groups.flatMap((group) => group.items.map((item) => item.id));
    let frame = 0;
    const update = () => {
      frame = 0;
      let current: string | undefined;
      for (const id of ids) {
        const element = document.getElementById(id);
        if (!element) continue;
        if (element.getBoundingClientRect().top <= READING_LINE) current = id;
        else break;
      }
      // At the very bottom the last sections can never reach the line: the last one is being read.
      if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2)
        current = ids.at(-1);
      setActive(current);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    window.addEventListener("hashchange", schedule);
    return () => {
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
      window.removeEventListener("hashchange", schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [groups]);

  // Keep the active link visible in a scrolling sidebar, moving only the sidebar (never the page).
  useEffect(() => {
    const nav = navRef.current;
    const scroller = nav?.closest<HTMLElement>("[data-nav-scroller]");
    const link = active ? nav?.querySelector<HTMLElement>(`[data-nav-id="${CSS.escape(active)}"]`) : null;
    if (!scroller || !link || !scroller.offsetParent) return;
    const top = link.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    if (top < scroller.scrollTop + 32 || top > scroller.scrollTop + scroller.clientHeight - 64) {
      scroller.scrollTo({ top: top - scroller.clientHeight / 3 });
    }
  }, [active]);

  return (
    <nav ref={navRef} aria-label={label} className="space-y-6 text-sm">
      {groups.map((group) => (
        <div key={group.title}>
          <p className="mb-1.5 px-2 text-[11px] font-semibold tracking-wide text-slate-500 uppercase">
            {group.title}
          </p>
          <ul className="space-y-0.5">
            {group.items.map((item) => {
              const current = item.id === active;
              return (
                <li key={item.id}>
                  <a
                    href={`#${item.id}`}
                    data-nav-id={item.id}
                    title={item.title}
                    aria-current={current ? "location" : undefined}
                    // In the collapsible contents of small screens, close them on the way.
                    onClick={(event) => event.currentTarget.closest("details")?.removeAttribute("open")}
                    className={cn(
                      "flex items-center gap-2 rounded-md px-2 py-1.5 transition-colors",
                      current
                        ? "bg-brand-50 text-brand-700 font-medium"
                        : "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
                    )}
                  >
                    {item.method && <MethodBadge method={item.method} size="sm" />}
                    <span
                      className={cn(
                        "min-w-0 truncate",
                        (item.mono || item.method) && "font-mono text-[12.5px]",
                      )}
                    >
                      {item.label}
                    </span>
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
