import { beforeAll, describe, expect, it } from "vitest";
import {
  consumeOAuthState,
  createOAuthState,
  OAUTH_STATE_TTL_MS,
} from "@/lib/services/linkedin-auth/oauth-state";
import { createUser } from "@/lib/services/users/create-user";
import { setupTestDatabase } from "@/lib/testing/test-runtime";

const database = setupTestDatabase();
let alice: { userId: string; workspaceId: string };
let bob: { userId: string; workspaceId: string };

beforeAll(async () => {
  const a = await createUser({ name: "Alice", email: "alice@example.com", password: "alice-password" });
  const b = await createUser({ name: "Bob", email: "bob@example.com", password: "bob-password-1" });
  alice = { userId: a.user.id, workspaceId: a.workspace.id };
  bob = { userId: b.user.id, workspaceId: b.workspace.id };
});

const base = {
  purpose: "connect" as const,
  requestedScopes: ["w_organization_social"],
  redirectUri: "http://localhost/cb",
};

describe("OAuth state", () => {
  it("is consumed once by the user who started it, returning what was bound to it", async () => {
    const state = await createOAuthState({ ...alice, ...base });
    expect(state).toMatch(/^[\w-]{43}$/);
    const rows = await database.runtime().prisma.oAuthState.findMany();
    expect(JSON.stringify(rows)).not.toContain(state);

    await expect(consumeOAuthState({ state, userId: alice.userId })).resolves.toMatchObject({
      workspaceId: alice.workspaceId,
      purpose: "connect",
      requestedScopes: ["w_organization_social"],
      redirectUri: "http://localhost/cb",
    });
    await expect(consumeOAuthState({ state, userId: alice.userId })).rejects.toThrow("already used");
  });

  it("refuses a state started by someone else, or forged", async () => {
    const state = await createOAuthState({ ...alice, ...base });
    await expect(consumeOAuthState({ state, userId: bob.userId })).rejects.toThrow(
      "not started from your session",
    );
    await expect(consumeOAuthState({ state: "forged-state", userId: alice.userId })).rejects.toThrow(
      "not started from your session",
    );
    // Bob's failed attempt did not burn Alice's state.
    await expect(consumeOAuthState({ state, userId: alice.userId })).resolves.toBeTruthy();
  });

  it("expires", async () => {
    const startedAt = new Date("2026-01-01T00:00:00Z");
    const state = await createOAuthState({ ...alice, ...base, now: startedAt });
    const late = new Date(startedAt.getTime() + OAUTH_STATE_TTL_MS + 1);
    await expect(consumeOAuthState({ state, userId: alice.userId, now: late })).rejects.toThrow("expired");
  });

  it("lets exactly one of two racing callbacks through", async () => {
    const state = await createOAuthState({ ...alice, ...base });
    const results = await Promise.allSettled(
      [1, 2].map(() => consumeOAuthState({ state, userId: alice.userId })),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
  });
});
