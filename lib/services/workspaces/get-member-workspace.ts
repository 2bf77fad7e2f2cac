// Resolves which workspace a signed-in user is acting in. The membership row is the
// authorization: no membership, no workspace — whatever the cookie says.
import { getDb } from "@/lib/db";

export async function getMemberWorkspace({
  userId,
  preferredWorkspaceId,
}: {
  userId: string;
  preferredWorkspaceId?: string;
}) {
  const db = await getDb();
  const select = {
    role: true,
    user: { select: { id: true, name: true, email: true } },
    workspace: { select: { id: true, name: true, timeZone: true } },
  } as const;
  const preferred = preferredWorkspaceId
    ? await db.membership.findUnique({
        where: { userId_workspaceId: { userId, workspaceId: preferredWorkspaceId } },
        select,
      })
    : null;
  return (
    preferred ?? (await db.membership.findFirst({ where: { userId }, orderBy: { createdAt: "asc" }, select }))
  );
}

export type MemberWorkspace = NonNullable<Awaited<ReturnType<typeof getMemberWorkspace>>>;
