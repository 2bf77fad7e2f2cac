// What a fresh connection can become: the member's own profile and every Page they have a role
// on, with what each allows. Pages they cannot post to are listed too, with the reason, so
// nobody wonders where their Page went (LinkedIn notes §15.8: Content admins must show up).
import { getDb } from "@/lib/db";
import { listOrganizationAccess } from "@/lib/linkedin";
import { getConnectionClient } from "@/lib/services/channels/get-connection-client";

export type ConnectableChannel = {
  authorUrn: string;
  kind: "ORGANIZATION" | "MEMBER";
  name: string;
  vanityName: string | null;
  logoUrl: string | null;
  role: string | null;
  roleLabel: string;
  canPost: boolean;
  canReadStatistics: boolean;
  reason: string | null;
  alreadyAdded: boolean;
};

const roleLabels: Record<string, string> = {
  ADMINISTRATOR: "Super admin",
  CONTENT_ADMINISTRATOR: "Content admin",
  DIRECT_SPONSORED_CONTENT_POSTER: "Sponsored content poster",
  ANALYST: "Analyst",
  CURATOR: "Curator",
  RECRUITING_POSTER: "Recruiting poster",
  LEAD_CAPTURE_ADMINISTRATOR: "Lead capture admin",
  LEAD_GEN_FORMS_MANAGER: "Lead gen forms manager",
};

export async function listConnectableChannels({
  workspaceId,
  connectionId,
}: {
  workspaceId: string;
  connectionId: string;
}) {
  const { client, connection } = await getConnectionClient({ workspaceId, connectionId });
  const db = await getDb();
  const existing = new Set(
    (
      await db.channel.findMany({
        where: { workspaceId, status: { not: "DISCONNECTED" } },
        select: { authorUrn: true },
      })
    ).map((c) => c.authorUrn),
  );
  const channels: ConnectableChannel[] = [];
  const canPostAsMember = connection.grantedScopes.includes("w_member_social");
  const knowsMember = connection.memberName !== "LinkedIn member";
  channels.push({
    authorUrn: connection.memberUrn,
    kind: "MEMBER",
    name: connection.memberName,
    vanityName: null,
    logoUrl: connection.memberPictureUrl,
    role: null,
    roleLabel: "Your profile",
    canPost: canPostAsMember && knowsMember,
    canReadStatistics: false,
    reason:
      canPostAsMember && knowsMember
        ? null
        : "Posting as yourself needs LinkedIn's “Share on LinkedIn” and “Sign In with LinkedIn” products on the app.",
    alreadyAdded: existing.has(connection.memberUrn),
  });
  const canManagePages = connection.grantedScopes.includes("w_organization_social");
  if (canManagePages) {
    const { pages } = await listOrganizationAccess(client, { state: "ANY" });
    for (const page of pages) {
      const approved = page.roles.filter((role) => role.state === "APPROVED");
      const primary = approved[0] ?? page.roles[0];
      channels.push({
        authorUrn: page.organization.urn,
        kind: "ORGANIZATION",
        name: page.organization.name,
        vanityName: page.organization.vanityName,
        logoUrl: page.organization.logoUrl,
        role: primary?.role ?? null,
        roleLabel: approved.length
          ? approved.map((role) => roleLabels[role.role] ?? role.role).join(", ")
          : `${roleLabels[primary?.role ?? ""] ?? primary?.role ?? "No role"} (${(primary?.state ?? "unknown").toLowerCase()})`,
        canPost: page.canPost,
        canReadStatistics: page.canReadStatistics,
        reason: page.reason,
        alreadyAdded: existing.has(page.organization.urn),
      });
    }
  }
  return { connection: { id: connection.id, memberName: connection.memberName }, channels };
}
