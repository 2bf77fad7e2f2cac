import { describe, expect, it } from "vitest";
import { calendarTone } from "@/components/calendar/calendar-tone";
import type { PostStatus, TargetState } from "@/lib/generated/prisma/enums";

describe("calendarTone", () => {
  it.each<[PostStatus, TargetState[], string]>([
    ["SCHEDULED", ["SCHEDULED", "SCHEDULED"], "scheduled"],
    ["DRAFT", ["DRAFT"], "draft"],
    ["PUBLISHED", ["PUBLISHED", "PUBLISHED"], "published"],
    ["SCHEDULED", ["PUBLISHED", "PUBLISHED"], "published"],
    ["PARTIALLY_PUBLISHED", ["PUBLISHED", "FAILED"], "partial"],
    ["SCHEDULED", ["PUBLISHED", "SCHEDULED"], "partial"],
    ["FAILED", ["FAILED", "FAILED"], "failed"],
    ["SCHEDULED", ["SCHEDULED", "FAILED"], "failed"],
    ["SCHEDULED", ["RETRY_WAIT", "FAILED"], "retrying"],
    ["SCHEDULED", ["PAUSED"], "paused"],
    ["PUBLISHING", ["RETRY_WAIT", "SCHEDULED"], "retrying"],
    ["PUBLISHING", [], "publishing"],
    ["PUBLISHED", [], "published"],
    ["SCHEDULED", ["PUBLISHED", "CANCELLED"], "published"],
    ["DRAFT", ["CANCELLED", "CANCELLED"], "cancelled"],
    ["SCHEDULED", ["PUBLISHED", "CREATING_POST"], "publishing"],
    ["SCHEDULED", ["OUTCOME_UNKNOWN"], "publishing"],
    ["SCHEDULED", [], "scheduled"],
    ["DRAFT", [], "draft"],
  ])("%s with %j reads as %s", (status, states, tone) => {
    expect(calendarTone(status, states)).toBe(tone);
  });
});
