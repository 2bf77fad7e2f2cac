// TEST-ONLY: contract tests run the Cadence LinkedIn client against the sandbox started
// in-process on a free port. Imports sandbox code, so nothing outside *.test.ts may import this.
import { beforeEach } from "vitest";
import { createLinkedInConfig, type LinkedInConfig, type LinkedInConfigInput } from "@/lib/linkedin/config";
import { createLinkedInClient, type LinkedInClient } from "@/lib/linkedin/http/linkedin-client";
import type { StartSandboxOptions } from "@/sandbox/server";
import { SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET } from "@/sandbox/seed";
import {
  mintToken,
  postJson,
  setupTestSandbox,
  TEST_NOW,
  TEST_VERSION,
} from "@/sandbox/testing/sandbox-test-kit";

export { TEST_NOW, TEST_VERSION };

export interface LinkedInSandbox {
  readonly url: string;
  /** Sleeps the client asked for (backoff); the client never really waits in tests. */
  readonly sleeps: number[];
  /** A client config for this sandbox; the clock follows the sandbox clock (frozen at TEST_NOW). */
  config(overrides?: Partial<LinkedInConfigInput>): LinkedInConfig;
  /** A client with a freshly minted token (default member Alex Morgan). */
  client(input: { scopes: string[]; member?: string; expiresIn?: number; config?: LinkedInConfig }): Promise<{
    client: LinkedInClient;
    accessToken: string;
    memberUrn: string;
  }>;
  control(path: string, body: unknown): Promise<unknown>;
  addFault(fault: Record<string, unknown>): Promise<unknown>;
  advanceClock(ms: number): Promise<void>;
  calls(endpoint: string): Promise<{ total: number; statuses: Record<string, number> } | undefined>;
}

export function setupLinkedInSandbox(options: StartSandboxOptions = {}): LinkedInSandbox {
  const handle = setupTestSandbox(options);
  let clockOffset = 0;
  const sleeps: number[] = [];
  const sandbox: LinkedInSandbox = {
    get url() {
      return handle.url;
    },
    sleeps,
    config(overrides = {}) {
      return createLinkedInConfig({
        target: "sandbox",
        oauthBaseUrl: `${handle.url}/oauth/v2`,
        apiBaseUrl: handle.url,
        apiVersion: TEST_VERSION,
        clientId: SANDBOX_CLIENT_ID,
        clientSecret: SANDBOX_CLIENT_SECRET,
        timeoutMs: 5_000,
        now: () => TEST_NOW + clockOffset,
        sleep: async (ms) => {
          sleeps.push(ms);
        },
        random: () => 0.5,
        ...overrides,
      });
    },
    async client(input) {
      const minted = await mintToken(handle.url, {
        scopes: input.scopes,
        member: input.member,
        expiresIn: input.expiresIn,
      });
      const client = createLinkedInClient({
        accessToken: minted.access_token,
        grantedScopes: input.scopes,
        config: input.config ?? sandbox.config(),
      });
      return { client, accessToken: minted.access_token, memberUrn: minted.member_urn };
    },
    async control(path, body) {
      const res = await postJson(`${handle.url}${path}`, body);
      if (!res.ok) throw new Error(`${path} failed: ${res.status} ${await res.text()}`);
      return res.json();
    },
    addFault: (fault) => sandbox.control("/_sandbox/faults", fault),
    async advanceClock(ms) {
      await sandbox.control("/_sandbox/clock", { advanceMs: ms });
      clockOffset += ms;
    },
    async calls(endpoint) {
      const res = await fetch(`${handle.url}/_sandbox/state`);
      const state = (await res.json()) as {
        calls: Record<string, { total: number; statuses: Record<string, number> }>;
      };
      return state.calls[endpoint];
    },
  };
  // Each test starts from the sandbox's reset state: the clock is back at TEST_NOW.
  beforeEach(() => {
    clockOffset = 0;
    sleeps.length = 0;
  });
  return sandbox;
}
