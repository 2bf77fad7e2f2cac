import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret } from "@/lib/security/encryption";

const key = randomBytes(32);
const token = "AQUvlL_DYEzvT2wz1QJiEPeLioeA-" + "x".repeat(500);

describe("secret encryption", () => {
  it("round-trips and never contains the plaintext", () => {
    const stored = encryptSecret(token, "connection-1", key);
    expect(stored).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(stored).not.toContain("AQUvlL");
    expect(decryptSecret(stored, "connection-1", key)).toBe(token);
  });

  it("uses a fresh IV each time", () => {
    expect(encryptSecret(token, "c", key)).not.toBe(encryptSecret(token, "c", key));
  });

  it("refuses the wrong key, the wrong context and tampered data", () => {
    const stored = encryptSecret(token, "connection-1", key);
    expect(() => decryptSecret(stored, "connection-1", randomBytes(32))).toThrow();
    expect(() => decryptSecret(stored, "connection-2", key)).toThrow();
    const parts = stored.split(".");
    const tampered = [parts[0], parts[1], parts[2], `A${parts[3]!.slice(1)}`].join(".");
    expect(() => decryptSecret(tampered, "connection-1", key)).toThrow();
    expect(() => decryptSecret("v0.a.b.c", "connection-1", key)).toThrow("Unrecognised encrypted value");
  });
});
