"use client";

import { Menu, X } from "lucide-react";
import { useState } from "react";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { Logo } from "@/components/ui/logo";
import { SidebarNav } from "@/components/shell/sidebar-nav";
import { UserMenu } from "@/components/shell/user-menu";
import { cn } from "@/lib/utils/cn";
import { SkipLink } from "@/components/ui/skip-link";

type ShellProps = {
  workspaceId: string;
  workspaceName: string;
  user: { name: string; email: string };
  children: React.ReactNode;
};

/** Sidebar + content. Below the lg breakpoint the sidebar becomes a drawer. */
export function AppShell({ workspaceId, workspaceName, user, children }: ShellProps) {
  const [drawerOpen, setDrawerOpen] = useState(false);
  return (
    <div className="min-h-screen lg:flex">
      <SkipLink />
      <header className="flex h-14 items-center justify-between border-b border-slate-200 bg-white px-4 lg:hidden">
        <Logo className="text-slate-900" />
        <button
          type="button"
          aria-label={drawerOpen ? "Close menu" : "Open menu"}
          aria-expanded={drawerOpen}
          onClick={() => setDrawerOpen((open) => !open)}
          className="rounded-lg p-2 text-slate-700 hover:bg-slate-100"
        >
          {drawerOpen ? <X className="size-5" /> : <Menu className="size-5" />}
        </button>
      </header>
      <aside
        className={cn(
          "fixed inset-y-0 left-0 z-40 flex w-64 flex-col border-r border-slate-200 bg-white px-3 py-4 transition-transform lg:sticky lg:top-0 lg:h-screen lg:translate-x-0",
          drawerOpen ? "translate-x-0 shadow-xl" : "-translate-x-full",
        )}
      >
        <div className="px-2">
          <div className="flex items-center justify-between">
            <Logo className="text-lg text-slate-900" />
            <NotificationBell workspaceId={workspaceId} />
          </div>
          <p
            className="mt-3 truncate rounded-lg bg-slate-100 px-3 py-2 text-xs font-medium text-slate-700"
            title={workspaceName}
          >
            <span className="block text-[11px] font-normal tracking-wide text-slate-500 uppercase">
              Workspace
            </span>
            <span data-testid="workspace-name">{workspaceName}</span>
          </p>
        </div>
        <div className="mt-6 flex-1 overflow-y-auto">
          <SidebarNav onNavigate={() => setDrawerOpen(false)} />
        </div>
        <div className="border-t border-slate-200 pt-3">
          <UserMenu name={user.name} email={user.email} />
        </div>
      </aside>
      {drawerOpen && (
        <div
          className="fixed inset-0 z-30 bg-slate-900/30 lg:hidden"
          onClick={() => setDrawerOpen(false)}
          aria-hidden
        />
      )}
      <main id="content" className="min-w-0 flex-1 px-4 py-6 sm:px-8 lg:py-8">
        <div className="mx-auto max-w-6xl">{children}</div>
      </main>
    </div>
  );
}
