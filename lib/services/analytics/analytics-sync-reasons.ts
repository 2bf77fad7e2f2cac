// Why a channel has no statistics, in plain words for the Analytics page (doc §12.1, §12.6).
import type { Channel } from "@/lib/generated/prisma/client";

export const MEMBER_PROFILE_REASON =
  "LinkedIn does not share statistics of personal profiles with apps like Cadence: its member post analytics are not part of Share on LinkedIn. Posts you publish to this profile still show on the Posts page.";

const ROLE_NAMES: Record<string, string> = {
  CONTENT_ADMINISTRATOR: "Content administrator",
  ANALYST: "Analyst",
  CURATOR: "Curator",
  DIRECT_SPONSORED_CONTENT_POSTER: "Sponsored content poster",
  RECRUITING_POSTER: "Recruiting poster",
  LEAD_GEN_FORMS_MANAGER: "Lead gen forms manager",
};

/** LinkedIn shares Page statistics only with ADMINISTRATORs, through rw_organization_admin. */
export function noPermissionReason(channel: Pick<Channel, "name" | "role">, grantedScopes: string[]): string {
  if (!grantedScopes.includes("rw_organization_admin"))
    return `This LinkedIn connection did not grant the rw_organization_admin permission (Community Management API), which LinkedIn requires for Page statistics. Reconnect ${channel.name} and allow it.`;
  const role = channel.role ? (ROLE_NAMES[channel.role] ?? channel.role) : "not an administrator";
  return `LinkedIn shares ${channel.name}'s statistics only with its administrators; your role is ${role}. Ask a Page administrator to make you one (or to connect the Page), then reconnect.`;
}
