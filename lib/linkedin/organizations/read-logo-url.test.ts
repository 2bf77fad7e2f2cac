import { describe, expect, it } from "vitest";
import { parseProjection } from "@/sandbox/restli/projection";
import { ORGANIZATION_LOOKUP_PROJECTION, readLogoUrl } from "./read-logo-url";

const still = (width: number) => ({
  "com.linkedin.digitalmedia.mediaartifact.StillImage": { storageSize: { width, height: width } },
});
const asset = (...sizes: number[]) => ({
  elements: sizes.map((width) => ({
    data: still(width),
    identifiers: [{ identifier: `https://media.licdn.com/logo_${width}.png` }],
  })),
});

describe("readLogoUrl", () => {
  it("prefers the largest cropped logo", () => {
    expect(
      readLogoUrl({ id: 1, logoV2: { "cropped~": asset(100, 400, 200), "original~": asset(800) } }),
    ).toBe("https://media.licdn.com/logo_400.png");
  });

  it("falls back to the original, then to nothing", () => {
    expect(readLogoUrl({ id: 1, logoV2: { "original~": asset(800) } })).toBe(
      "https://media.licdn.com/logo_800.png",
    );
    expect(readLogoUrl({ id: 1, logoV2: { original: "urn:li:digitalmediaAsset:x" } })).toBeNull();
    expect(readLogoUrl({ id: 1 })).toBeNull();
    expect(readLogoUrl({ id: 1, logoV2: { "cropped~": { elements: [{ identifiers: [] }] } } })).toBeNull();
  });

  it("asks for a projection the sandbox can parse", () => {
    expect(parseProjection(ORGANIZATION_LOOKUP_PROJECTION)).not.toBeNull();
  });
});
