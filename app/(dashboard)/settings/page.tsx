import type { Metadata } from "next";
import { ApiKeysSection } from "@/components/settings/api-keys-section";
import { SettingsSection } from "@/components/settings/settings-section";
import { WebhooksSection } from "@/components/settings/webhooks-section";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/session";
import { listApiKeys } from "@/lib/services/api-keys/manage-api-keys";
import { listWebhookEndpoints } from "@/lib/services/webhooks/list-webhook-endpoints";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const { workspace, user, role } = await requireWorkspacePage();
  const canAdminister = role === "OWNER" || role === "ADMIN";
  // Webhook addresses often carry a secret (Slack, Zapier): only those who manage them see them.
  const [keys, endpoints] = await Promise.all([
    listApiKeys(workspace.id),
    canAdminister ? listWebhookEndpoints(workspace.id) : [],
  ]);
  const rows: [string, string][] = [
    ["Workspace", workspace.name],
    ["Time zone", workspace.timeZone],
    ["Your role", role.charAt(0) + role.slice(1).toLowerCase()],
    ["Signed in as", `${user.name} <${user.email}>`],
  ];
  return (
    <>
      <PageHeader title="Settings" description="Your workspace and account." />
      <SettingsSection title="Workspace">
        <dl className="divide-y divide-slate-100">
          {rows.map(([label, value]) => (
            <div key={label} className="grid grid-cols-3 gap-4 px-6 py-3 text-sm">
              <dt className="text-slate-500">{label}</dt>
              <dd className="col-span-2 text-slate-900">{value}</dd>
            </div>
          ))}
        </dl>
      </SettingsSection>
      <div className="mt-6">
        <ApiKeysSection keys={keys} canManage={canAdminister} />
      </div>
      <div className="mt-6">
        <WebhooksSection endpoints={endpoints} workspaceId={workspace.id} canManage={canAdminister} />
      </div>
    </>
  );
}
