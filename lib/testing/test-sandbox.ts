// Service tests that talk to LinkedIn run against the sandbox in-process on a free port, with
// Cadence's settings pointed at it. Cadence's clock and the sandbox's move together.
import { afterAll, beforeAll, vi } from "vitest";
import { setClockOffset } from "@/lib/clock";
import { resetEnvCache } from "@/lib/env";
import { startSandbox, type RunningSandbox } from "@/sandbox/server";

export function setupTestSandbox(): {
  sandbox(): RunningSandbox;
  advanceDays(days: number): Promise<void>;
  control(path: string, body?: unknown): Promise<unknown>;
} {
  let sandbox: RunningSandbox | undefined;
  let offsetMs = 0;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, now: Date.now() });
    vi.stubEnv("SANDBOX_PORT", String(sandbox.port));
    vi.stubEnv("LINKEDIN_CLIENT_ID", "");
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    resetEnvCache();
  });
  afterAll(async () => {
    setClockOffset(0);
    vi.unstubAllEnvs();
    resetEnvCache();
    await sandbox?.close();
  });
  const control = async (path: string, body?: unknown) => {
    const response = await fetch(`${sandbox!.url}${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  return {
    sandbox: () => sandbox!,
    control,
    async advanceDays(days: number) {
      offsetMs += days * 86_400_000;
      await control("/_sandbox/clock", { advanceMs: days * 86_400_000 });
      setClockOffset(offsetMs);
    },
  };
}

/** A sandbox fault: LinkedIn's daily application quota answer (429), once, for POSTs to `path`. */
export function dailyQuotaFault(path: string) {
  return {
    method: "POST",
    path,
    status: 429,
    times: 1,
    body: {
      status: 429,
      serviceErrorCode: 101,
      code: "TOO_MANY_REQUESTS",
      message: "Resource level throttle APPLICATION DAY limit for calls to this resource is reached.",
    },
  };
}
