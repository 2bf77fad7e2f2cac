// What each workspace role may do. Viewers look; editors and above change things.
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

const canManage: Record<Role, boolean> = { OWNER: true, ADMIN: true, EDITOR: true, VIEWER: false };

export function assertCanManageOrThrow(role: Role): void {
  if (!canManage[role])
    throw new AppError("FORBIDDEN", "Viewers can't change channels or posts. Ask a workspace admin.");
}
