// Each LinkedIn error class ends a publishing attempt in its own way (architecture.md).
import { describe, expect, it } from "vitest";
import {
  LinkedInMediaProcessingError,
  LinkedInPermissionError,
  LinkedInRateLimitError,
  LinkedInTokenError,
  LinkedInTransientError,
  LinkedInValidationError,
  LinkedInVersionError,
} from "@/lib/linkedin";
import { summarizePostStatus } from "@/lib/publishing/post-status";
import { retryDelayMs } from "@/lib/publishing/retry-policy";
import { classifyFailure } from "@/lib/services/publishing/classify-failure";

const init = { status: 500, endpoint: "POST /rest/posts" };

describe("classifyFailure", () => {
  it("maps every error class to its outcome", () => {
    const midnight = new Date("2026-12-01T00:00:00Z");
    expect(
      classifyFailure(new LinkedInTransientError("server", init), { duringCreate: false }),
    ).toMatchObject({
      kind: "retry",
      code: "TRANSIENT",
    });
    // During the create call a 5xx, timeout or drop leaves the outcome unknown: reconcile, never retry blindly.
    for (const failure of ["server", "network", "timeout"] as const) {
      expect(
        classifyFailure(new LinkedInTransientError(failure, { ...init, status: null }), {
          duringCreate: true,
        }).kind,
      ).toBe("unknown-outcome");
    }
    expect(classifyFailure(new TypeError("fetch failed"), { duringCreate: true }).kind).toBe(
      "unknown-outcome",
    );
    expect(
      classifyFailure(
        new LinkedInRateLimitError("application_day", midnight, midnight, { ...init, status: 429 }),
        {
          duringCreate: true,
        },
      ),
    ).toMatchObject({ kind: "retry", code: "RATE_LIMITED", retryAt: midnight });
    expect(
      classifyFailure(new LinkedInTokenError("expired", { ...init, status: 401 }), { duringCreate: false })
        .kind,
    ).toBe("token");
    expect(
      classifyFailure(new LinkedInVersionError("sunset", "202401", { ...init, status: 426 }), {
        duringCreate: true,
      }),
    ).toMatchObject({ kind: "fail", code: "VERSION", alertOperator: true });
    expect(
      classifyFailure(new LinkedInPermissionError({ reason: "role" }, { ...init, status: 403 }), {
        duringCreate: true,
      }),
    ).toMatchObject({ kind: "fail", code: "PERMISSION" });
    expect(
      classifyFailure(new LinkedInValidationError({ ...init, status: 400, linkedinMessage: "Bad link" }), {
        duringCreate: true,
      }),
    ).toMatchObject({ kind: "fail", code: "VALIDATION", message: "Bad link" });
    expect(
      classifyFailure(
        new LinkedInMediaProcessingError("urn:li:video:1", "PROCESSING_FAILED", "Corrupt", {
          ...init,
          status: 200,
        }),
        { duringCreate: false },
      ),
    ).toMatchObject({ kind: "fail", code: "MEDIA_PROCESSING_FAILED" });
  });
});

describe("post status", () => {
  it("summarises independent targets, partial publishing included", () => {
    expect(summarizePostStatus(["PUBLISHED", "PUBLISHED"])).toBe("PUBLISHED");
    expect(summarizePostStatus(["PUBLISHED", "FAILED"])).toBe("PARTIALLY_PUBLISHED");
    expect(summarizePostStatus(["FAILED", "FAILED"])).toBe("FAILED");
    expect(summarizePostStatus(["PUBLISHED", "CREATING_POST"])).toBe("PUBLISHING");
    expect(summarizePostStatus(["SCHEDULED", "RETRY_WAIT"])).toBe("PUBLISHING");
    expect(summarizePostStatus(["SCHEDULED", "PAUSED"])).toBe("SCHEDULED");
    expect(summarizePostStatus(["PUBLISHED", "CANCELLED"])).toBe("PUBLISHED");
    expect(summarizePostStatus(["CANCELLED"])).toBe("DRAFT");
  });

  it("backs off exponentially with jitter, capped", () => {
    expect(retryDelayMs(1, 1000, () => 0)).toBe(500);
    expect(retryDelayMs(1, 1000, () => 1)).toBe(1000);
    expect(retryDelayMs(4, 1000, () => 1)).toBe(8000);
    expect(retryDelayMs(40, 1000, () => 1)).toBe(6 * 3_600_000);
  });
});
