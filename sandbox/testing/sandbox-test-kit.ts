// Helpers for contract tests that talk to a real sandbox over plain fetch (no Cadence client):
// one sandbox per test file with a frozen clock, reset before each test.
import { afterAll, beforeAll, beforeEach } from "vitest";
import { SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET } from "../seed";
import { startSandbox, type RunningSandbox, type StartSandboxOptions } from "../server";

/** Monday 16 November 2026, 09:30 UTC: the frozen start of every test sandbox. */
export const TEST_NOW = Date.UTC(2026, 10, 16, 9, 30, 0);
/** The newest active LinkedIn-Version at TEST_NOW. */
export const TEST_VERSION = "202611";
export const TEST_REDIRECT_URI = "http://localhost:3000/api/linkedin/callback";

export interface TestSandboxHandle {
  readonly url: string;
  readonly sandbox: RunningSandbox;
}

/**
 * Starts a sandbox for the current test file and resets it before each test. Unlike a plain
 * sandbox, history posts (sandbox/history) start OFF here, so a test's author finder sees exactly
 * the posts it created; `config: { history: { enabled: true } }` turns them on (reset keeps it).
 */
export function setupTestSandbox(options: StartSandboxOptions = {}): TestSandboxHandle {
  let sandbox: RunningSandbox | undefined;
  beforeAll(async () => {
    const config = { ...options.config, history: { enabled: false, ...options.config?.history } };
    sandbox = await startSandbox({ port: 0, now: TEST_NOW, ...options, config });
  });
  beforeEach(async () => {
    const res = await fetch(`${handle.url}/_sandbox/reset`, { method: "POST" });
    if (res.status !== 200) throw new Error(`reset failed: ${res.status}`);
  });
  afterAll(async () => {
    await sandbox?.close();
  });
  const handle: TestSandboxHandle = {
    get url() {
      if (!sandbox) throw new Error("sandbox not started");
      return sandbox.url;
    },
    get sandbox() {
      if (!sandbox) throw new Error("sandbox not started");
      return sandbox;
    },
  };
  return handle;
}

export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

export async function postForm(
  url: string,
  form: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(form).toString(),
    redirect: "manual",
  });
}

export interface MintedToken {
  access_token: string;
  expires_in: number;
  member_urn: string;
}

export async function mintToken(
  baseUrl: string,
  body: { member?: string; scopes: string[]; expiresIn?: number; clientId?: string },
): Promise<MintedToken> {
  const res = await postJson(`${baseUrl}/_sandbox/tokens`, body);
  if (res.status !== 200) throw new Error(`mint failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as MintedToken;
}

export function restHeaders(token: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    Authorization: `Bearer ${token}`,
    "LinkedIn-Version": TEST_VERSION,
    "X-Restli-Protocol-Version": "2.0.0",
    ...extra,
  };
}

/** GET under /rest with the standard headers; `pathAndQuery` is sent exactly as written (pre-encoded). */
export function restGet(
  baseUrl: string,
  pathAndQuery: string,
  token: string,
  extra: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${baseUrl}${pathAndQuery}`, { headers: restHeaders(token, extra) });
}

export interface AuthorizeInput {
  clientId?: string;
  redirectUri?: string;
  scope: string;
  state?: string;
  member?: string;
  decision?: "allow" | "refuse" | "cancel";
  cookie?: string;
}

/** Submits the consent form as a browser would and returns the redirect Location. */
export async function submitConsent(
  baseUrl: string,
  input: AuthorizeInput,
): Promise<{ location: URL; response: Response }> {
  const response = await postForm(
    `${baseUrl}/oauth/v2/authorization`,
    {
      response_type: "code",
      client_id: input.clientId ?? SANDBOX_CLIENT_ID,
      redirect_uri: input.redirectUri ?? TEST_REDIRECT_URI,
      state: input.state ?? "state-123",
      scope: input.scope,
      member: input.member ?? "8kQvT3mZpA",
      decision: input.decision ?? "allow",
    },
    input.cookie ? { Cookie: input.cookie } : {},
  );
  const location = response.headers.get("location");
  if (!location) throw new Error(`no redirect: ${response.status} ${await response.text()}`);
  return { location: new URL(location), response };
}

/** Authorization code for `scope` via the consent form. */
export async function authorizeCode(baseUrl: string, input: AuthorizeInput): Promise<string> {
  const { location } = await submitConsent(baseUrl, input);
  const code = location.searchParams.get("code");
  if (!code) throw new Error(`no code in ${location.toString()}`);
  return code;
}

export async function exchangeCode(
  baseUrl: string,
  code: string,
  overrides: Record<string, string> = {},
): Promise<Response> {
  return postForm(`${baseUrl}/oauth/v2/accessToken`, {
    grant_type: "authorization_code",
    code,
    client_id: SANDBOX_CLIENT_ID,
    client_secret: SANDBOX_CLIENT_SECRET,
    redirect_uri: TEST_REDIRECT_URI,
    ...overrides,
  });
}

export async function advanceClock(
  baseUrl: string,
  body: { advanceMs?: number; now?: number },
): Promise<void> {
  const res = await postJson(`${baseUrl}/_sandbox/clock`, body);
  if (res.status !== 200) throw new Error(`clock failed: ${res.status}`);
}

export const DAY_SECONDS = 86_400;
export const DAY_MS = DAY_SECONDS * 1000;
