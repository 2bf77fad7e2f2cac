"use client";
// One endpoint's delivery log (its latest 50 deliveries): event, status, tries, the receiver's
// last HTTP status and when. A row opens to the payload and each try — the headers sent, the
// answer or the error. Refreshes itself every 2 s while something is on its way.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ChevronRight, Loader2, RotateCcw } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { toast } from "sonner";
import { DeliveryStatusBadge } from "@/components/settings/webhook-delivery-status";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { resendWebhookDeliveryAction } from "@/lib/actions/webhooks/webhook-actions";
import { queryKeys } from "@/lib/query-keys";
import { fetchJson } from "@/lib/query/fetch-json";
import type {
  WebhookAttemptView,
  WebhookDeliveryView,
} from "@/lib/services/webhooks/list-webhook-deliveries";
import { cn } from "@/lib/utils/cn";

const dateTime = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium" }).format(new Date(iso));

const SOON_MS = 2 * 60_000;

function busy(deliveries: WebhookDeliveryView[] | undefined): boolean {
  return (deliveries ?? []).some(
    (delivery) =>
      delivery.status === "PENDING" ||
      (delivery.status === "RETRYING" &&
        delivery.nextAttemptAt !== null &&
        new Date(delivery.nextAttemptAt).getTime() - Date.now() < SOON_MS),
  );
}

export function WebhookDeliveryLog({
  workspaceId,
  endpointId,
  canManage,
  id,
  shownStatus,
}: {
  workspaceId: string;
  endpointId: string;
  canManage: boolean;
  id: string;
  /** The latest delivery's status as the endpoint's row shows it. */
  shownStatus: WebhookDeliveryView["status"] | null;
}) {
  const key = queryKeys.webhooks.deliveries(workspaceId, endpointId);
  const log = useQuery({
    queryKey: key,
    queryFn: () =>
      fetchJson<WebhookDeliveryView[]>(`/api/webhooks/${encodeURIComponent(endpointId)}/deliveries`),
    refetchInterval: (query) => (busy(query.state.data) ? 2_000 : 30_000),
  });
  // The endpoint's row shows its latest delivery's status from the server-rendered list: refresh
  // that when the log sees the latest delivery settle, so the two never disagree.
  const router = useRouter();
  const latest = log.data?.[0];
  const latestState = latest ? `${latest.id}:${latest.status}` : null;
  const refreshedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!latest || latest.status === shownStatus || refreshedFor.current === latestState) return;
    refreshedFor.current = latestState;
    router.refresh();
  }, [latest, latestState, shownStatus, router]);

  return (
    <div
      id={id}
      className="border-t border-slate-100 bg-slate-50 px-6 py-4"
      data-testid="webhook-delivery-log"
    >
      <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
        Delivery log · latest 50
      </h3>
      {log.isPending ? (
        <p className="flex items-center gap-2 py-6 text-sm text-slate-500">
          <Loader2 className="size-4 animate-spin" aria-hidden /> Loading deliveries…
        </p>
      ) : log.isError ? (
        <div className="flex flex-wrap items-center gap-3 py-6 text-sm text-red-600" role="alert">
          The delivery log could not be loaded. {log.error.message}
          <Button variant="secondary" size="sm" onClick={() => log.refetch()} loading={log.isFetching}>
            Try again
          </Button>
        </div>
      ) : log.data.length === 0 ? (
        <p className="py-6 text-sm text-slate-500">
          No deliveries yet. Events appear here as they are sent; “Send test event” tries the endpoint now.
        </p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {log.data.map((delivery) => (
            <DeliveryRow key={delivery.id} delivery={delivery} canManage={canManage} queryKey={key} />
          ))}
        </ul>
      )}
    </div>
  );
}

function DeliveryRow({
  delivery,
  canManage,
  queryKey,
}: {
  delivery: WebhookDeliveryView;
  canManage: boolean;
  queryKey: readonly unknown[];
}) {
  const [open, setOpen] = useState(false);
  const detailId = useId();
  const queryClient = useQueryClient();
  const resend = useMutation({
    mutationFn: async () => {
      const result = await resendWebhookDeliveryAction({ deliveryId: delivery.id });
      if (!result.ok) throw new Error(result.error);
      return result.data;
    },
    onSuccess: () => toast.success(`Resending ${delivery.eventType} with the same event id.`),
    onError: (error) => toast.error(error.message),
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  });

  return (
    <li data-testid="webhook-delivery">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 text-sm">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={detailId}
          onClick={() => setOpen((value) => !value)}
          className="focus-visible:ring-brand-100 flex min-w-0 flex-1 flex-wrap items-center gap-x-3 gap-y-1 rounded text-left focus-visible:ring-2 focus-visible:outline-none"
        >
          <ChevronRight
            className={cn("size-4 shrink-0 text-slate-400 transition-transform", open && "rotate-90")}
            aria-hidden
          />
          <code className="font-mono text-xs text-slate-900">{delivery.eventType}</code>
          <DeliveryStatusBadge status={delivery.status} />
          {delivery.resend && <Badge tone="brand">Resend</Badge>}
          <span className="text-xs text-slate-500">
            {delivery.attempts} {delivery.attempts === 1 ? "attempt" : "attempts"}
          </span>
          <span className="text-xs text-slate-500">
            {delivery.responseStatus !== null ? `HTTP ${delivery.responseStatus}` : "no answer"}
          </span>
          <time dateTime={delivery.createdAt} className="ml-auto text-xs text-slate-500">
            {dateTime(delivery.createdAt)}
          </time>
        </button>
        {canManage && delivery.status !== "PENDING" && (
          <Button variant="secondary" size="sm" loading={resend.isPending} onClick={() => resend.mutate()}>
            {!resend.isPending && <RotateCcw className="size-4" aria-hidden />}
            Resend
          </Button>
        )}
      </div>
      {open && <DeliveryDetail id={detailId} delivery={delivery} />}
    </li>
  );
}

function DeliveryDetail({ id, delivery }: { id: string; delivery: WebhookDeliveryView }) {
  return (
    <div id={id} className="space-y-3 border-t border-slate-100 px-3 py-3 text-xs text-slate-700">
      <p>
        Event <code className="font-mono">{delivery.eventId}</code>
        {delivery.deliveredAt && ` · delivered ${dateTime(delivery.deliveredAt)}`}
        {delivery.nextAttemptAt && ` · next try ${dateTime(delivery.nextAttemptAt)}`}
      </p>
      {delivery.error && <p className="text-red-700">{delivery.error}</p>}
      <div>
        <h4 className="font-semibold text-slate-800">Payload</h4>
        <Pre>{delivery.payload}</Pre>
      </div>
      <div>
        <h4 className="font-semibold text-slate-800">Attempts</h4>
        {delivery.attemptLog.length === 0 ? (
          <p className="mt-1 text-slate-500">Not tried yet.</p>
        ) : (
          <ol className="mt-1 space-y-2">
            {delivery.attemptLog.map((attempt, index) => (
              <AttemptItem key={attempt.id} attempt={attempt} number={index + 1} />
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}

function AttemptItem({ attempt, number }: { attempt: WebhookAttemptView; number: number }) {
  const ok = attempt.responseStatus !== null && attempt.responseStatus >= 200 && attempt.responseStatus < 300;
  return (
    <li className="rounded-lg border border-slate-200 p-2" data-testid="webhook-attempt">
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-medium text-slate-900">#{number}</span>
        <time dateTime={attempt.at}>{dateTime(attempt.at)}</time>
        <Badge tone={ok ? "success" : "danger"}>
          {attempt.responseStatus !== null ? `HTTP ${attempt.responseStatus}` : "No answer"}
        </Badge>
        <span className="text-slate-500">{attempt.durationMs} ms</span>
      </p>
      {attempt.error && <p className="mt-1 text-red-700">{attempt.error}</p>}
      <details className="mt-1">
        <summary className="cursor-pointer text-slate-600">Headers sent</summary>
        <Pre>
          {Object.entries(attempt.requestHeaders)
            .map(([name, value]) => `${name}: ${value}`)
            .join("\n")}
        </Pre>
      </details>
      {attempt.responseBody !== null && (
        <details className="mt-1">
          <summary className="cursor-pointer text-slate-600">Response (first 1 KB)</summary>
          <Pre>{attempt.responseBody}</Pre>
        </details>
      )}
    </li>
  );
}

function Pre({ children }: { children: React.ReactNode }) {
  return (
    <pre className="mt-1 max-h-64 overflow-auto rounded-lg bg-slate-900 p-3 font-mono text-[11px] leading-relaxed whitespace-pre-wrap text-slate-100">
      {children}
    </pre>
  );
}
