// The notification centre: the workspace's notifications for everyone plus the user's own.
import { getDb } from "@/lib/db";

export async function listNotifications({
  workspaceId,
  userId,
  take = 30,
}: {
  workspaceId: string;
  userId: string;
  take?: number;
}) {
  const db = await getDb();
  const where = { workspaceId, OR: [{ userId: null }, { userId }] };
  const [items, unread] = await Promise.all([
    db.notification.findMany({
      where,
      orderBy: { createdAt: "desc" },
      take,
      select: {
        id: true,
        level: true,
        kind: true,
        title: true,
        body: true,
        href: true,
        readAt: true,
        createdAt: true,
      },
    }),
    db.notification.count({ where: { ...where, readAt: null } }),
  ]);
  return { items, unread };
}

export type NotificationList = Awaited<ReturnType<typeof listNotifications>>;
