import { describe, expect, it } from "vitest";
import { createUser } from "@/lib/services/users/create-user";
import { signInWithLinkedIn } from "@/lib/services/users/sign-in-with-linkedin";
import { setupTestDatabase } from "@/lib/testing/test-runtime";

const database = setupTestDatabase();
const provider = "linkedin:cadence-sandbox";

describe("signInWithLinkedIn", () => {
  it("creates an account and workspace on first sign-in, and finds it afterwards", async () => {
    const identity = {
      provider,
      subject: "sub-priya",
      name: "Priya Shah",
      email: "priya@example.com",
      emailVerified: true,
    };
    const first = await signInWithLinkedIn(identity);
    expect(await signInWithLinkedIn(identity)).toBe(first);
    const user = await database.runtime().prisma.user.findUniqueOrThrow({
      where: { id: first },
      include: { memberships: { include: { workspace: true } } },
    });
    expect(user.email).toBe("priya@example.com");
    expect(user.memberships[0]?.workspace.name).toBe("Priya's workspace");
  });

  it("links to an existing account only when LinkedIn verified the email", async () => {
    const { user } = await createUser({
      name: "Sam Lee",
      email: "sam@example.com",
      password: "sam-password-1",
    });
    const unverified = await signInWithLinkedIn({
      provider,
      subject: "sub-sam-1",
      name: "Sam Lee",
      email: "sam@example.com",
      emailVerified: false,
    });
    expect(unverified).not.toBe(user.id);
    const verified = await signInWithLinkedIn({
      provider,
      subject: "sub-sam-2",
      name: "Sam Lee",
      email: "SAM@example.com",
      emailVerified: true,
    });
    expect(verified).toBe(user.id);
  });
});
