"use client";
// A row's "⋯" menu, after the WAI-ARIA menu button pattern: Enter, Space or ArrowDown open it on
// the first item (ArrowUp on the last), the arrows, Home and End move, Escape closes it back onto
// the button, Tab or a click outside closes it. Disabled items stay focusable and say why.
import { Loader2, MoreHorizontal, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useDismiss } from "@/lib/hooks/use-dismiss";
import { cn } from "@/lib/utils/cn";

export type PostMenuItem = {
  label: string;
  icon: LucideIcon;
  tone?: "danger";
  /** Shown under the label (and as a tooltip) when the item cannot be used now. */
  disabledReason?: string;
} & ({ href: string } | { onSelect: () => void });

const itemClasses = "flex w-full items-start gap-2 rounded-md px-3 py-2 text-left text-sm focus:outline-none";

export function PostMenu({
  label,
  items,
  busy = false,
}: {
  label: string;
  items: PostMenuItem[];
  busy?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLElement | null)[]>([]);
  const focusOnOpen = useRef(0);
  const menuId = useId();

  useDismiss(containerRef, open, () => setOpen(false));
  useEffect(() => {
    if (open) itemRefs.current[focusOnOpen.current]?.focus();
  }, [open]);

  const openAt = (index: number) => {
    focusOnOpen.current = index;
    setOpen(true);
  };
  const closeToButton = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const move = (index: number) => {
    const count = items.length;
    itemRefs.current[((index % count) + count) % count]?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = itemRefs.current.findIndex((item) => item === document.activeElement);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(current + 1),
      ArrowUp: () => move(current - 1),
      Home: () => move(0),
      End: () => move(items.length - 1),
      Escape: closeToButton,
    };
    // Buttons answer Space by themselves; links only answer Enter, and menu items answer both.
    if (event.key === " " && document.activeElement instanceof HTMLAnchorElement)
      keys[" "] = () => (document.activeElement as HTMLElement).click();
    if (event.key === "Tab") setOpen(false);
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    action();
  };

  return (
    <div ref={containerRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-busy={busy || undefined}
        onClick={() => (open ? setOpen(false) : openAt(0))}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            event.preventDefault();
            openAt(event.key === "ArrowDown" ? 0 : items.length - 1);
          }
        }}
        className="flex size-8 items-center justify-center rounded-lg text-slate-500 hover:bg-slate-100 hover:text-slate-800"
      >
        {busy ? (
          <Loader2 className="size-4 animate-spin" aria-hidden />
        ) : (
          <MoreHorizontal className="size-4" aria-hidden />
        )}
      </button>
      {open && (
        <div
          id={menuId}
          role="menu"
          aria-label={label}
          onKeyDown={onMenuKeyDown}
          className="absolute top-full right-0 z-20 mt-1 w-60 rounded-lg border border-slate-200 bg-white p-1 shadow-lg"
        >
          {items.map((item, index) => {
            const Icon = item.icon;
            const content = (
              <>
                <Icon className="mt-0.5 size-4 shrink-0" aria-hidden />
                <span className="min-w-0">
                  <span className="block">{item.label}</span>
                  {item.disabledReason && (
                    <span className="block text-xs text-slate-500">{item.disabledReason}</span>
                  )}
                </span>
              </>
            );
            const ref = (element: HTMLElement | null) => {
              itemRefs.current[index] = element;
            };
            const tone =
              item.tone === "danger"
                ? "text-red-700 hover:bg-red-50 focus:bg-red-50"
                : "text-slate-700 hover:bg-slate-100 focus:bg-slate-100";
            if (item.disabledReason)
              return (
                <div
                  key={item.label}
                  ref={ref}
                  role="menuitem"
                  tabIndex={-1}
                  aria-disabled="true"
                  title={item.disabledReason}
                  className={cn(itemClasses, "cursor-not-allowed text-slate-400 focus:bg-slate-50")}
                >
                  {content}
                </div>
              );
            if ("href" in item)
              return (
                <Link
                  key={item.label}
                  ref={ref}
                  href={item.href}
                  role="menuitem"
                  tabIndex={-1}
                  onClick={() => setOpen(false)}
                  className={cn(itemClasses, tone)}
                >
                  {content}
                </Link>
              );
            return (
              <button
                key={item.label}
                ref={ref}
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  closeToButton();
                  item.onSelect();
                }}
                className={cn(itemClasses, tone)}
              >
                {content}
              </button>
            );
          })}
        </div>
      )}
    </div>
  );
}
