// What each workspace role may do. Viewers look; editors and above change things; owners and
// admins also hold the workspace's keys and integrations (API keys and webhooks act for, and
// report on, the whole workspace).
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

const canManage: Record<Role, boolean> = { OWNER: true, ADMIN: true, EDITOR: true, VIEWER: false };

export function assertCanManageOrThrow(role: Role): void {
  if (!canManage[role])
    throw new AppError("FORBIDDEN", "Viewers can't change channels or posts. Ask a workspace admin.");
}

/** `what` names the thing in the refusal: "API keys", "webhooks". */
export function assertCanAdministerOrThrow(role: Role, what = "API keys"): void {
  if (role !== "OWNER" && role !== "ADMIN")
    throw new AppError("FORBIDDEN", `Only workspace owners and admins can manage ${what}.`);
}
