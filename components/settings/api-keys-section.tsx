"use client";
// Settings → API keys: create a key (its secret is shown once, with a copy button), see each key's
// prefix, creator and last use, and revoke one after a confirmation. Owners and admins only; other
// roles see the list without the buttons.
import Link from "next/link";
import { KeyRound } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { SettingsSection } from "@/components/settings/settings-section";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { OneTimeSecret } from "@/components/settings/one-time-secret";
import { createApiKeyAction, revokeApiKeyAction } from "@/lib/actions/api-keys/api-key-actions";
import type { ApiKeyView } from "@/lib/services/api-keys/manage-api-keys";

const dateTime = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));

export function ApiKeysSection({ keys, canManage }: { keys: ApiKeyView[]; canManage: boolean }) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [errors, setErrors] = useState<string[] | undefined>();
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiKeyView | null>(null);
  const [pending, startTransition] = useTransition();

  const create = (event: React.FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      const result = await createApiKeyAction({ name });
      if (!result.ok) {
        setErrors(result.fieldErrors?.name ?? [result.error]);
        return;
      }
      setErrors(undefined);
      setName("");
      setSecret({ name: result.data.key.name, value: result.data.secret });
      router.refresh();
    });
  };

  const revoke = () => {
    if (!revoking) return;
    startTransition(async () => {
      const result = await revokeApiKeyAction({ keyId: revoking.id });
      setRevoking(null);
      if (!result.ok) toast.error(result.error);
      else {
        toast.success(`Revoked “${revoking.name}”. Requests with it now get 401.`);
        router.refresh();
      }
    });
  };

  return (
    <SettingsSection
      title="API keys"
      description={
        <>
          Keys let your own systems use Cadence&apos;s REST API for this workspace. Send one as{" "}
          <code className="rounded bg-slate-100 px-1">Authorization: Bearer cad_…</code>. Cadence stores only
          a hash: copy a key when it is shown.{" "}
          <Link href="/docs/api" className="text-brand-600 hover:underline">
            API reference
          </Link>
        </>
      }
    >
      {secret && (
        <OneTimeSecret
          key={secret.value}
          message={`“${secret.name}” is ready. Copy it now: it will not be shown again.`}
          value={secret.value}
          copiedToast="Key copied."
          onDone={() => setSecret(null)}
          testId="api-key-secret"
        />
      )}

      {canManage && (
        <form
          onSubmit={create}
          className="flex flex-wrap items-end gap-3 border-b border-slate-200 px-6 py-4"
          noValidate
        >
          <Field
            label="New key name"
            placeholder="Website CMS"
            value={name}
            maxLength={80}
            onChange={(event) => setName(event.target.value)}
            errors={errors}
            className="min-w-64 flex-1"
          />
          <Button type="submit" loading={pending && !revoking}>
            <KeyRound className="size-4" aria-hidden />
            Create key
          </Button>
        </form>
      )}

      {keys.length === 0 ? (
        <p className="px-6 py-8 text-center text-sm text-slate-500">No API keys yet.</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="api-key-list">
          {keys.map((key) => (
            <li
              key={key.id}
              className="flex flex-wrap items-center gap-x-4 gap-y-1 px-6 py-3 text-sm"
              data-testid="api-key-row"
            >
              <div className="min-w-0 flex-1">
                <p className="flex items-center gap-2 font-medium text-slate-900">
                  {key.name}
                  {key.revokedAt && <Badge tone="neutral">Revoked</Badge>}
                </p>
                <p className="text-xs text-slate-500">
                  <code className="font-mono">{key.prefix}…</code> · created {dateTime(key.createdAt)}
                  {key.createdBy && ` by ${key.createdBy}`} ·{" "}
                  {key.revokedAt
                    ? `revoked ${dateTime(key.revokedAt)}`
                    : key.lastUsedAt
                      ? `last used ${dateTime(key.lastUsedAt)}`
                      : "never used"}
                </p>
              </div>
              {canManage && !key.revokedAt && (
                <Button variant="secondary" size="sm" onClick={() => setRevoking(key)}>
                  Revoke
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}

      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke “${revoking?.name ?? ""}”?`}
        confirmLabel="Revoke key"
        loading={pending && revoking !== null}
        onConfirm={revoke}
        onCancel={() => setRevoking(null)}
      >
        Anything still using this key gets 401 from its next request. This cannot be undone; create a new key
        instead.
      </ConfirmDialog>
    </SettingsSection>
  );
}
