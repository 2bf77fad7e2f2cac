import { describe, expect, it } from "vitest";
import { BEING_PUBLISHED_REASON, rowActions } from "@/components/posts/post-row-actions";

const target = (state: string, status = "HEALTHY", name = "Acme") => ({ state, channel: { name, status } });

describe("rowActions", () => {
  it.each([
    ["a draft", "DRAFT", true, [target("DRAFT")], { retry: null, publishNow: {}, cancel: null }],
    [
      "a scheduled post",
      "SCHEDULED",
      true,
      [target("SCHEDULED")],
      { retry: null, publishNow: {}, cancel: {} },
    ],
    ["a cancelled post", "DRAFT", true, [target("CANCELLED")], { retry: null, publishNow: {}, cancel: null }],
    [
      "a partly failed post",
      "PARTIALLY_PUBLISHED",
      true,
      [target("PUBLISHED"), target("FAILED")],
      { retry: {}, publishNow: null, cancel: null },
    ],
    [
      "a post paused on a channel to reconnect",
      "SCHEDULED",
      true,
      [target("PAUSED", "NEEDS_RECONNECT", "Northwind"), target("PAUSED", "DISCONNECTED", "Acme")],
      { retry: { disabledReason: "Reconnect Northwind and Acme first." }, publishNow: null, cancel: {} },
    ],
    [
      "a post paused on a reconnected channel",
      "SCHEDULED",
      true,
      [target("PAUSED")],
      { retry: {}, publishNow: null, cancel: {} },
    ],
    [
      "a post being published",
      "PUBLISHING",
      false,
      [target("CREATING_POST"), target("RETRY_WAIT")],
      { retry: null, publishNow: null, cancel: { disabledReason: BEING_PUBLISHED_REASON } },
    ],
    [
      "a published post",
      "PUBLISHED",
      true,
      [target("PUBLISHED")],
      { retry: null, publishNow: null, cancel: null },
    ],
  ])("%s", (_name, status, editable, targets, expected) => {
    expect(rowActions({ status, editable, targets })).toEqual(expected);
  });
});
