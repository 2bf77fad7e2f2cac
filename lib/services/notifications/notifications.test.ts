import { describe, expect, it } from "vitest";
import { listNotifications } from "@/lib/services/notifications/list-notifications";
import { markNotificationsRead } from "@/lib/services/notifications/mark-notifications-read";
import { createUser } from "@/lib/services/users/create-user";
import { setupTestDatabase } from "@/lib/testing/test-runtime";

const database = setupTestDatabase();

describe("notifications", () => {
  it("shows workspace-wide and own notifications, never another member's, and marks them read", async () => {
    const a = await createUser({ name: "Ann", email: "ann@example.com", password: "ann-password-1" });
    const b = await createUser({ name: "Ben", email: "ben@example.com", password: "ben-password-1" });
    const prisma = database.runtime().prisma;
    await prisma.membership.create({ data: { userId: b.user.id, workspaceId: a.workspace.id } });
    await prisma.notification.createMany({
      data: [
        { workspaceId: a.workspace.id, kind: "x", title: "For everyone" },
        { workspaceId: a.workspace.id, userId: a.user.id, kind: "x", title: "For Ann" },
        { workspaceId: a.workspace.id, userId: b.user.id, kind: "x", title: "For Ben" },
        { workspaceId: b.workspace.id, kind: "x", title: "Other workspace" },
      ],
    });
    const ann = await listNotifications({ workspaceId: a.workspace.id, userId: a.user.id });
    expect(ann.items.map((item) => item.title).sort()).toEqual(["For Ann", "For everyone"]);
    expect(ann.unread).toBe(2);
    expect(await markNotificationsRead({ workspaceId: a.workspace.id, userId: a.user.id })).toEqual({
      marked: 2,
    });
    expect((await listNotifications({ workspaceId: a.workspace.id, userId: b.user.id })).unread).toBe(1);
  });
});
