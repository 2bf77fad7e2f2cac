// The LinkedIn client's settings: base URLs, app credentials and the ONE LinkedIn-Version, from
// lib/env.ts by default. Every operation also takes an explicit config so tests can point it at a
// sandbox on a random port (with a fake clock, sleep and random for deterministic retries).
import { getEnv, type LinkedInSettings } from "@/lib/env";

export interface RetryPolicy {
  /** Total attempts for an idempotent read, first one included. */
  maxAttempts: number;
  /** Backoff cap before jitter for attempt n: min(maxDelayMs, baseDelayMs * 2^(n-1)). */
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface LinkedInConfig {
  target: LinkedInSettings["target"];
  /** Stands for https://www.linkedin.com/oauth/v2 */
  oauthBaseUrl: string;
  /** Stands for https://api.linkedin.com; the client appends /rest (versioned) or /v2 (userinfo only). */
  apiBaseUrl: string;
  /** The LinkedIn-Version every /rest call sends (doc §2.3, pitfall §15.3: never a second one). */
  apiVersion: string;
  clientId: string;
  clientSecret: string;
  /** Per attempt, covering the response body too. */
  timeoutMs: number;
  retry: RetryPolicy;
  fetch: typeof fetch;
  /** Epoch ms; rate-limit `retryAt` and token expiries are computed from it. */
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** [0, 1), for backoff jitter. */
  random: () => number;
  /** Serialises without the client secret, so a logged config never leaks it. */
  toJSON(): Record<string, unknown>;
}

export type LinkedInConfigInput = LinkedInSettings &
  Partial<Omit<LinkedInConfig, keyof LinkedInSettings | "toJSON">>;

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 500, maxDelayMs: 8_000 };

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A full config from explicit settings (tests, scripts); defaults for the transport knobs. */
export function createLinkedInConfig(input: LinkedInConfigInput): LinkedInConfig {
  return {
    target: input.target,
    oauthBaseUrl: input.oauthBaseUrl.replace(/\/+$/, ""),
    apiBaseUrl: input.apiBaseUrl.replace(/\/+$/, ""),
    apiVersion: input.apiVersion,
    clientId: input.clientId,
    clientSecret: input.clientSecret,
    timeoutMs: input.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retry: input.retry ?? DEFAULT_RETRY_POLICY,
    fetch: input.fetch ?? ((...args) => globalThis.fetch(...args)),
    now: input.now ?? Date.now,
    sleep: input.sleep ?? wait,
    random: input.random ?? Math.random,
    toJSON() {
      const {
        clientSecret: _secret,
        fetch: _fetch,
        now: _now,
        sleep: _sleep,
        random: _random,
        ...safe
      } = this;
      return { ...safe, clientSecret: "[redacted]" };
    },
  };
}

/** The deployment's config (sandbox or LinkedIn, per lib/env.ts). */
export function getLinkedInConfig(): LinkedInConfig {
  return createLinkedInConfig(getEnv().linkedin);
}

/** `{apiBaseUrl}/rest`: every versioned call. */
export const restBaseUrl = (config: LinkedInConfig) => `${config.apiBaseUrl}/rest`;

/** `{apiBaseUrl}/v2`: unversioned, only for OIDC userinfo (doc §4). */
export const unversionedBaseUrl = (config: LinkedInConfig) => `${config.apiBaseUrl}/v2`;
