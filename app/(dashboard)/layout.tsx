// Resolves the session and workspace once for every dashboard page; signed-out visitors go to
// the sign-in page. Pages below still check for themselves before reading data.
import { AttentionBanner } from "@/components/channels/attention-banner";
import { AppShell } from "@/components/shell/app-shell";
import { QueryProvider } from "@/components/providers/query-provider";
import { AuthSessionProvider } from "@/components/providers/session-provider";
import { requireWorkspacePage } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const { workspace, user } = await requireWorkspacePage();
  return (
    <AuthSessionProvider>
      <QueryProvider>
        <AppShell
          workspaceId={workspace.id}
          workspaceName={workspace.name}
          user={{ name: user.name, email: user.email }}
        >
          <AttentionBanner workspaceId={workspace.id} />
          {children}
        </AppShell>
      </QueryProvider>
    </AuthSessionProvider>
  );
}
