import { describe, expect, it } from "vitest";
import type { TargetState } from "@/lib/generated/prisma/enums";
import { tokenWarningFor, type WarningTarget } from "@/lib/services/calendar/token-warning";

const now = new Date("2030-12-01T12:00:00Z");
const post = new Date("2030-12-05T09:30:00Z");
const day = (d: number) => new Date(`2030-12-${String(d).padStart(2, "0")}T10:00:00Z`);

function target(
  name: string,
  connection: Partial<NonNullable<WarningTarget["channel"]["connection"]>> | null,
  {
    state = "SCHEDULED",
    status = "HEALTHY",
  }: { state?: TargetState; status?: WarningTarget["channel"]["status"] } = {},
): WarningTarget {
  return {
    state,
    channel: {
      name,
      status,
      connection: connection && {
        id: "c1",
        status: "ACTIVE",
        accessTokenExpiresAt: null,
        refreshTokenExpiresAt: null,
        ...connection,
      },
    },
  };
}

const warn = (...targets: WarningTarget[]) =>
  tokenWarningFor({ targets, scheduledAt: post, timeZone: "UTC", now });

describe("tokenWarningFor", () => {
  it.each([
    ["access valid past the post", [target("Northwind Coffee", { accessTokenExpiresAt: day(20) })], null],
    [
      "access ends before the post, no refresh token",
      [target("Northwind Coffee", { accessTokenExpiresAt: day(3) })],
      "Northwind Coffee's LinkedIn sign-in expires on Dec 3, 2030, before this post. Reconnect it.",
    ],
    [
      "access ends first but a refresh token outlives the post (the refresh job renews it)",
      [target("Northwind Coffee", { accessTokenExpiresAt: day(3), refreshTokenExpiresAt: day(30) })],
      null,
    ],
    [
      "the refresh token itself ends before the post",
      [target("Northwind Coffee", { accessTokenExpiresAt: day(3), refreshTokenExpiresAt: day(4) })],
      "Northwind Coffee's LinkedIn sign-in expires on Dec 4, 2030, before this post. Reconnect it.",
    ],
    [
      "already expired",
      [target("Acme", { accessTokenExpiresAt: new Date("2030-11-28T00:00:00Z") })],
      "Acme's LinkedIn sign-in expired on Nov 28, 2030. Reconnect it so this post goes out.",
    ],
    [
      "two Pages of one sign-in read as one sentence",
      [target("Acme", { accessTokenExpiresAt: day(3) }), target("Globex", { accessTokenExpiresAt: day(3) })],
      "The LinkedIn sign-in for Acme and Globex expires on Dec 3, 2030, before this post. Reconnect them.",
    ],
    [
      "a connection that needs reconnecting",
      [target("Acme", { status: "NEEDS_RECONNECT" })],
      "Acme's LinkedIn sign-in no longer works. Reconnect it so this post goes out.",
    ],
    [
      "a disconnected channel",
      [target("Acme", null, { status: "DISCONNECTED" })],
      "Acme is disconnected. Reconnect it so this post goes out.",
    ],
    [
      "published and failed channels do not matter any more",
      [
        target("Acme", { accessTokenExpiresAt: day(3) }, { state: "PUBLISHED" }),
        target("Globex", { accessTokenExpiresAt: day(3) }, { state: "FAILED" }),
      ],
      null,
    ],
    ["no expiry known", [target("Acme", {})], null],
  ] as const)("%s", (_name, targets, expected) => {
    expect(warn(...targets)).toBe(expected);
  });
});
