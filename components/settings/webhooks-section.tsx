"use client";
// Settings → Webhooks: endpoints that receive Cadence's events (published, failed, retrying posts;
// expiring and disconnected channels), signed per Standard Webhooks. Adding one shows its signing
// secret once, as does rotating it. Owners and admins manage endpoints; everyone sees them and
// their delivery logs.
import { Webhook } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { OneTimeSecret } from "@/components/settings/one-time-secret";
import { SettingsSection } from "@/components/settings/settings-section";
import {
  WebhookEndpointForm,
  type EndpointFields,
  type FieldErrors,
} from "@/components/settings/webhook-endpoint-form";
import { WebhookEndpointRow } from "@/components/settings/webhook-endpoint-row";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import {
  createWebhookEndpointAction,
  deleteWebhookEndpointAction,
  rotateWebhookSecretAction,
} from "@/lib/actions/webhooks/webhook-actions";
import type { WebhookEndpointView } from "@/lib/services/webhooks/webhook-endpoint-view";

type Confirming = { kind: "rotate" | "delete"; endpoint: WebhookEndpointView };

export function WebhooksSection({
  endpoints,
  workspaceId,
  canManage,
}: {
  endpoints: WebhookEndpointView[];
  workspaceId: string;
  canManage: boolean;
}) {
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<{ message: string; value: string } | null>(null);
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  const [pending, startTransition] = useTransition();

  const create = async (fields: EndpointFields): Promise<boolean> => {
    setCreating(true);
    const result = await createWebhookEndpointAction(fields);
    setCreating(false);
    if (!result.ok) {
      setErrors(result.fieldErrors);
      if (!result.fieldErrors) toast.error(result.error);
      return false;
    }
    setErrors(undefined);
    setSecret({
      message: `The endpoint ${result.data.endpoint.url} is added. Copy its signing secret now: it will not be shown again.`,
      value: result.data.secret,
    });
    router.refresh();
    return true;
  };

  const confirm = () => {
    if (!confirming) return;
    const { kind, endpoint } = confirming;
    startTransition(async () => {
      if (kind === "delete") {
        const result = await deleteWebhookEndpointAction({ endpointId: endpoint.id });
        setConfirming(null);
        if (!result.ok) return void toast.error(result.error);
        toast.success(`Deleted the endpoint ${endpoint.url} and its delivery log.`);
      } else {
        const result = await rotateWebhookSecretAction({ endpointId: endpoint.id });
        setConfirming(null);
        if (!result.ok) return void toast.error(result.error);
        setSecret({
          message: `New signing secret for ${endpoint.url}. Copy it now: it will not be shown again.`,
          value: result.data.secret,
        });
        toast.success("Secret rotated. Deliveries are signed with the new one from now on.");
      }
      router.refresh();
    });
  };

  return (
    <SettingsSection
      title="Webhooks"
      description={
        <>
          Cadence POSTs a JSON event to your endpoints when a post is published, fails or waits to be retried,
          and when a channel&apos;s access is expiring or it is disconnected. Requests are signed per{" "}
          <a
            href="https://www.standardwebhooks.com/"
            className="text-brand-600 hover:underline"
            target="_blank"
            rel="noreferrer"
          >
            Standard Webhooks
          </a>{" "}
          (<code className="rounded bg-slate-100 px-1">webhook-signature</code>); failed deliveries are
          retried for about a day.
        </>
      }
    >
      {secret && (
        <OneTimeSecret
          key={secret.value}
          message={secret.message}
          value={secret.value}
          copiedToast="Secret copied."
          onDone={() => setSecret(null)}
          testId="webhook-secret"
        />
      )}

      {canManage && (
        <div className="border-b border-slate-200 px-6 py-4">
          <WebhookEndpointForm
            submitLabel="Add endpoint"
            submitIcon={<Webhook className="size-4" aria-hidden />}
            pending={creating}
            errors={errors}
            onSubmit={create}
          />
        </div>
      )}

      {!canManage ? (
        <p className="px-6 py-8 text-center text-sm text-slate-500">
          Only workspace owners and admins see webhook endpoints: their addresses often carry a secret.
        </p>
      ) : endpoints.length === 0 ? (
        <p className="px-6 py-8 text-center text-sm text-slate-500">No webhook endpoints yet.</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="webhook-endpoint-list">
          {endpoints.map((endpoint) => (
            <WebhookEndpointRow
              key={endpoint.id}
              endpoint={endpoint}
              workspaceId={workspaceId}
              canManage={canManage}
              onRotate={(target) => setConfirming({ kind: "rotate", endpoint: target })}
              onDelete={(target) => setConfirming({ kind: "delete", endpoint: target })}
            />
          ))}
        </ul>
      )}

      <ConfirmDialog
        open={confirming !== null}
        title={confirming?.kind === "rotate" ? "Rotate the signing secret?" : "Delete this endpoint?"}
        confirmLabel={confirming?.kind === "rotate" ? "Rotate secret" : "Delete endpoint"}
        loading={pending && confirming !== null}
        onConfirm={confirm}
        onCancel={() => setConfirming(null)}
      >
        {confirming?.kind === "rotate" ? (
          <p>
            The current secret stops working at once: every delivery from now on, retries included, is signed
            with the new one. Update <span className="font-mono break-all">{confirming.endpoint.url}</span>{" "}
            with it right away.
          </p>
        ) : (
          <p>
            <span className="font-mono break-all">{confirming?.endpoint.url}</span> stops receiving events,
            and its delivery log is deleted. This cannot be undone.
          </p>
        )}
      </ConfirmDialog>
    </SettingsSection>
  );
}
