"use client";
// One webhook endpoint in Settings: its address, events and state, and — for owners and admins —
// send a test event, edit, enable/disable, rotate the secret and delete (the last two after a
// confirmation). Its delivery log opens below it.
import { useQueryClient } from "@tanstack/react-query";
import { ChevronDown, Send } from "lucide-react";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { toast } from "sonner";
import { DeliveryStatusBadge } from "@/components/settings/webhook-delivery-status";
import { WebhookDeliveryLog } from "@/components/settings/webhook-delivery-log";
import {
  WebhookEndpointForm,
  type EndpointFields,
  type FieldErrors,
} from "@/components/settings/webhook-endpoint-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { sendTestWebhookAction, updateWebhookEndpointAction } from "@/lib/actions/webhooks/webhook-actions";
import { queryKeys } from "@/lib/query-keys";
import type { WebhookEndpointView } from "@/lib/services/webhooks/webhook-endpoint-view";
import { cn } from "@/lib/utils/cn";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/webhook-events";

const dateTime = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));

export function WebhookEndpointRow({
  endpoint,
  workspaceId,
  canManage,
  onRotate,
  onDelete,
}: {
  endpoint: WebhookEndpointView;
  workspaceId: string;
  canManage: boolean;
  onRotate: (endpoint: WebhookEndpointView) => void;
  onDelete: (endpoint: WebhookEndpointView) => void;
}) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const logId = useId();
  const [logOpen, setLogOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>();
  const [pending, startTransition] = useTransition();
  const [busy, setBusy] = useState<"test" | "toggle" | "save" | null>(null);
  const refreshLog = () =>
    queryClient.invalidateQueries({ queryKey: queryKeys.webhooks.deliveries(workspaceId, endpoint.id) });

  const run = (what: "test" | "toggle", work: () => Promise<void>) => {
    setBusy(what);
    startTransition(async () => {
      await work();
      setBusy(null);
    });
  };

  const sendTest = () =>
    run("test", async () => {
      const result = await sendTestWebhookAction({ endpointId: endpoint.id });
      if (!result.ok) return void toast.error(result.error);
      toast.success("Test event queued. Watch it arrive in the delivery log.");
      setLogOpen(true);
      await refreshLog();
      router.refresh();
    });

  const toggle = () =>
    run("toggle", async () => {
      const result = await updateWebhookEndpointAction({
        endpointId: endpoint.id,
        enabled: !endpoint.enabled,
      });
      if (!result.ok) return void toast.error(result.error);
      toast.success(
        endpoint.enabled
          ? "Endpoint disabled. Nothing is sent to it; waiting retries were stopped."
          : "Endpoint enabled. New events will be sent to it.",
      );
      await refreshLog();
      router.refresh();
    });

  const save = async (fields: EndpointFields): Promise<boolean> => {
    setBusy("save");
    const result = await updateWebhookEndpointAction({ endpointId: endpoint.id, ...fields });
    setBusy(null);
    if (!result.ok) {
      setErrors(result.fieldErrors);
      if (!result.fieldErrors) toast.error(result.error);
      return false;
    }
    setErrors(undefined);
    setEditing(false);
    toast.success("Endpoint saved.");
    router.refresh();
    return true;
  };

  const allEvents = endpoint.events.length === WEBHOOK_EVENT_TYPES.length;
  return (
    <li data-testid="webhook-endpoint-row" aria-label={endpoint.url}>
      {editing ? (
        <div className="px-6 py-4">
          <WebhookEndpointForm
            initial={{ url: endpoint.url, description: endpoint.description, events: endpoint.events }}
            submitLabel="Save endpoint"
            pending={busy === "save"}
            errors={errors}
            onSubmit={save}
            onCancel={() => {
              setEditing(false);
              setErrors(undefined);
            }}
          />
        </div>
      ) : (
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 px-6 py-3 text-sm">
          <div className="min-w-0 flex-1">
            <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
              <span className="font-mono text-xs break-all">{endpoint.url}</span>
              {!endpoint.enabled && <Badge tone="neutral">Disabled</Badge>}
              {endpoint.lastDelivery && (
                <span data-testid="webhook-endpoint-status">
                  <DeliveryStatusBadge status={endpoint.lastDelivery.status} />
                </span>
              )}
            </p>
            <p className="text-xs text-slate-500">
              {endpoint.description && `${endpoint.description} · `}
              {allEvents ? "all events" : endpoint.events.join(", ")} · created {dateTime(endpoint.createdAt)}
              {endpoint.createdBy && ` by ${endpoint.createdBy}`}
              {endpoint.lastDelivery && ` · last event ${dateTime(endpoint.lastDelivery.createdAt)}`}
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            {canManage && (
              <>
                <Button
                  variant="secondary"
                  size="sm"
                  onClick={sendTest}
                  loading={pending && busy === "test"}
                  disabled={!endpoint.enabled}
                  title={endpoint.enabled ? undefined : "Enable the endpoint to send a test event."}
                >
                  {!(pending && busy === "test") && <Send className="size-4" aria-hidden />}
                  Send test event
                </Button>
                <Button variant="ghost" size="sm" onClick={() => setEditing(true)}>
                  Edit
                </Button>
                <Button variant="ghost" size="sm" onClick={toggle} loading={pending && busy === "toggle"}>
                  {endpoint.enabled ? "Disable" : "Enable"}
                </Button>
                <Button variant="ghost" size="sm" onClick={() => onRotate(endpoint)}>
                  Rotate secret
                </Button>
                <Button variant="ghost" size="sm" onClick={() => onDelete(endpoint)}>
                  Delete
                </Button>
              </>
            )}
            <Button
              variant="ghost"
              size="sm"
              aria-expanded={logOpen}
              aria-controls={logId}
              onClick={() => setLogOpen((open) => !open)}
            >
              Deliveries
              <ChevronDown
                className={cn("size-4 transition-transform", logOpen && "rotate-180")}
                aria-hidden
              />
            </Button>
          </div>
        </div>
      )}
      {logOpen && (
        <WebhookDeliveryLog
          id={logId}
          workspaceId={workspaceId}
          endpointId={endpoint.id}
          canManage={canManage}
          shownStatus={endpoint.lastDelivery?.status ?? null}
        />
      )}
    </li>
  );
}
