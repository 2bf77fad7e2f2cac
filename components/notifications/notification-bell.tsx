"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { AlertCircle, AlertTriangle, Bell, Info } from "lucide-react";
import Link from "next/link";
import { useRef, useState } from "react";
import { useDismiss } from "@/lib/hooks/use-dismiss";
import { markNotificationsReadAction } from "@/lib/actions/notifications/mark-notifications-read-action";
import { queryKeys } from "@/lib/query-keys";
import { fetchJson } from "@/lib/query/fetch-json";
import type { NotificationList } from "@/lib/services/notifications/list-notifications";
import { formatRelative } from "@/lib/utils/format-time";
import type { Jsonify } from "@/lib/utils/json";

const icons = { INFO: Info, WARNING: AlertTriangle, ERROR: AlertCircle } as const;
const iconColors = { INFO: "text-brand-600", WARNING: "text-amber-600", ERROR: "text-red-600" } as const;

export function NotificationBell({ workspaceId }: { workspaceId: string }) {
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const queryClient = useQueryClient();
  const key = queryKeys.notifications.all(workspaceId);
  const { data } = useQuery({
    queryKey: key,
    queryFn: () => fetchJson<Jsonify<NotificationList>>("/api/notifications"),
    refetchInterval: 60_000,
  });
  const markRead = useMutation({
    mutationFn: () => markNotificationsReadAction(),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });

  useDismiss(container, open, () => setOpen(false));

  const unread = data?.unread ?? 0;
  return (
    <div ref={container} className="relative">
      <button
        type="button"
        aria-label={unread ? `Notifications, ${unread} unread` : "Notifications"}
        aria-expanded={open}
        onClick={() => setOpen((value) => !value)}
        className="relative rounded-lg p-2 text-slate-600 hover:bg-slate-100"
      >
        <Bell className="size-5" aria-hidden />
        {unread > 0 && (
          <span className="absolute -top-0.5 -right-0.5 flex min-w-4 items-center justify-center rounded-full bg-red-600 px-1 text-[10px] font-semibold text-white">
            {unread > 99 ? "99+" : unread}
          </span>
        )}
      </button>
      {open && (
        <div className="absolute top-full left-0 z-50 mt-2 w-80 rounded-xl border border-slate-200 bg-white shadow-xl">
          <div className="flex items-center justify-between border-b border-slate-100 px-4 py-3">
            <h2 className="text-sm font-semibold text-slate-900">Notifications</h2>
            {unread > 0 && (
              <button
                type="button"
                onClick={() => markRead.mutate()}
                className="text-brand-600 text-xs font-medium hover:underline"
              >
                Mark all as read
              </button>
            )}
          </div>
          {!data?.items.length ? (
            <p className="px-4 py-8 text-center text-sm text-slate-500">You&apos;re all caught up.</p>
          ) : (
            <ul className="max-h-96 divide-y divide-slate-100 overflow-y-auto">
              {data.items.map((item) => {
                const Icon = icons[item.level];
                const content = (
                  <div className="flex gap-3 px-4 py-3">
                    <Icon className={`mt-0.5 size-4 shrink-0 ${iconColors[item.level]}`} aria-hidden />
                    <div className="min-w-0">
                      <p
                        className={`text-sm ${item.readAt ? "text-slate-600" : "font-medium text-slate-900"}`}
                      >
                        {item.title}
                      </p>
                      {item.body && <p className="mt-0.5 text-xs text-slate-500">{item.body}</p>}
                      <p className="mt-1 text-[11px] text-slate-400">{formatRelative(item.createdAt)}</p>
                    </div>
                  </div>
                );
                return (
                  <li key={item.id}>
                    {item.href ? (
                      <Link
                        href={item.href}
                        onClick={() => setOpen(false)}
                        className="block hover:bg-slate-50"
                      >
                        {content}
                      </Link>
                    ) : (
                      content
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
