import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createUser } from "@/lib/services/users/create-user";
import { verifyCredentials } from "@/lib/services/users/verify-credentials";
import { setupTestDatabase } from "@/lib/testing/test-runtime";

const database = setupTestDatabase();

describe("createUser", () => {
  it("creates the user, a first workspace and an owner membership", async () => {
    const { user, workspace } = await createUser({
      name: "Grace Hopper",
      email: "grace@example.com",
      password: "cobol-forever",
    });
    const prisma = database.runtime().prisma;
    const membership = await prisma.membership.findUniqueOrThrow({
      where: { userId_workspaceId: { userId: user.id, workspaceId: workspace.id } },
    });
    expect(membership.role).toBe("OWNER");
    expect(workspace.name).toBe("Grace's workspace");
    const stored = await prisma.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true },
    });
    expect(stored.passwordHash).toMatch(/^scrypt\$/);
    expect(stored.passwordHash).not.toContain("cobol-forever");
  });

  it("never returns the password hash from a plain query", async () => {
    const user = await database
      .runtime()
      .prisma.user.findUniqueOrThrow({ where: { email: "grace@example.com" } });
    expect(user).not.toHaveProperty("passwordHash");
  });

  it("refuses a duplicate email and writes nothing", async () => {
    const prisma = database.runtime().prisma;
    const before = { users: await prisma.user.count(), workspaces: await prisma.workspace.count() };
    const attempt = createUser({
      name: "Another Grace",
      email: "grace@example.com",
      password: "something-else",
    });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "CONFLICT" });
    expect({ users: await prisma.user.count(), workspaces: await prisma.workspace.count() }).toEqual(before);
  });

  it("lets two racing sign-ups for one email produce exactly one account", async () => {
    const results = await Promise.allSettled(
      [1, 2].map((n) =>
        createUser({ name: `Racer ${n}`, email: "race@example.com", password: "photo-finish" }),
      ),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await database.runtime().prisma.user.count({ where: { email: "race@example.com" } })).toBe(1);
    expect(
      await database.runtime().prisma.workspace.count({ where: { name: { startsWith: "Racer" } } }),
    ).toBe(1);
  });

  it("uses the given workspace name", async () => {
    const { workspace } = await createUser({
      name: "Linus",
      email: "linus@example.com",
      password: "penguins-rule",
      workspaceName: "Kernel Team",
    });
    expect(workspace.name).toBe("Kernel Team");
  });
});

describe("verifyCredentials", () => {
  it("accepts the right password and rejects wrong ones and unknown emails", async () => {
    await expect(
      verifyCredentials({ email: "grace@example.com", password: "cobol-forever" }),
    ).resolves.toMatchObject({
      email: "grace@example.com",
      name: "Grace Hopper",
    });
    await expect(
      verifyCredentials({ email: "grace@example.com", password: "cobol-forever!" }),
    ).resolves.toBeNull();
    await expect(
      verifyCredentials({ email: "nobody@example.com", password: "cobol-forever" }),
    ).resolves.toBeNull();
  });
});
