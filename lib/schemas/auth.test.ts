import { describe, expect, it } from "vitest";
import { signUpSchema } from "@/lib/schemas/auth";

const valid = { name: "Ada Lovelace", email: "Ada@Example.com ", password: "analytical-engine" };

describe("signUpSchema", () => {
  it("normalises the email and defaults the workspace name", () => {
    const parsed = signUpSchema.parse({ ...valid, workspaceName: "  " });
    expect(parsed.email).toBe("ada@example.com");
    expect(parsed.workspaceName).toBeUndefined();
  });

  it.each([
    [{ email: "not-an-email" }, "email", "Enter a valid email address, like name@company.com."],
    [{ email: "" }, "email", "Enter your email address."],
    [{ password: "short" }, "password", "Use at least 10 characters for your password."],
    [{ name: "   " }, "name", "Enter your name."],
    [
      { workspaceName: "x".repeat(101) },
      "workspaceName",
      "Use at most 100 characters for the workspace name.",
    ],
  ])("rejects %j with a message on %s", (override, field, message) => {
    const result = signUpSchema.safeParse({ ...valid, ...override });
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((candidate) => candidate.path[0] === field);
    expect(issue?.message).toBe(message);
  });
});
