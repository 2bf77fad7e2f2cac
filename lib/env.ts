// The one module that reads process.env: every setting is parsed and validated here, once.
import path from "node:path";
import { z } from "zod";
import { commaListSchema } from "./schemas/comma-list";

const booleanString = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => value === "true" || value === "1" || value === "yes");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** postgres://… selects the scaled mode; unset means embedded PGlite in CADENCE_DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional(),
  CADENCE_DATA_DIR: z.string().min(1).default("./data"),
  /** Run the job worker inside the web process. Default: on when embedded, off with PostgreSQL. */
  CADENCE_EMBEDDED_WORKER: booleanString.optional(),
  /** Public URL of this deployment (used for OAuth redirect URLs and links in notifications). */
  NEXTAUTH_URL: z.url().optional(),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  /** 32 random bytes, base64: the AES-256-GCM key for LinkedIn tokens at rest. */
  CADENCE_ENCRYPTION_KEY: z
    .string()
    .refine(
      (value) => Buffer.from(value, "base64").length === 32,
      "CADENCE_ENCRYPTION_KEY must be 32 bytes, base64",
    )
    .optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The LinkedIn app (Community Management: pages and statistics). Unset: the built-in sandbox. */
  LINKEDIN_CLIENT_ID: z.string().min(1).optional(),
  LINKEDIN_CLIENT_SECRET: z.string().min(1).optional(),
  /** LinkedIn products enabled on LINKEDIN_CLIENT_ID's app; they decide which scopes Cadence requests. */
  LINKEDIN_PRODUCTS: commaListSchema
    .pipe(z.array(z.enum(["community_management", "share_on_linkedin", "openid_connect"])).min(1))
    .optional(),
  /** Optional second app for member posting and sign-in (Share on LinkedIn + OpenID Connect). */
  LINKEDIN_MEMBER_CLIENT_ID: z.string().min(1).optional(),
  LINKEDIN_MEMBER_CLIENT_SECRET: z.string().min(1).optional(),
  /** The one LinkedIn-Version (YYYYMM) every /rest call sends. */
  LINKEDIN_API_VERSION: z
    .string()
    .regex(/^\d{6}$/, "LINKEDIN_API_VERSION must be YYYYMM, e.g. 202611")
    .default("202611"),
  /** How long one call to LinkedIn may take (response body included) before it counts as failed. */
  LINKEDIN_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  /** Where the sandbox listens when no LinkedIn app is configured. */
  SANDBOX_PORT: z.coerce.number().int().min(1).max(65535).default(4010),
  /** How browsers reach the sandbox's consent page when Cadence is not on localhost. */
  SANDBOX_PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /** Let link previews and media imports fetch addresses in private networks (off: SSRF guard). */
  CADENCE_ALLOW_PRIVATE_URLS: booleanString.default(false),
  /** First retry delay after a transient publishing failure; doubles each attempt (with jitter). */
  CADENCE_PUBLISH_RETRY_BASE_MS: z.coerce.number().int().min(10).default(30_000),
  /** Transient failures tolerated per target before it is marked failed. */
  CADENCE_PUBLISH_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(6),
  /** LinkedIn calls one channel's statistics sync may make per UTC day (a full sync of 500 posts ≈ 35). */
  CADENCE_ANALYTICS_DAILY_CALLS: z.coerce.number().int().min(10).default(600),
  /** Requests one public-API key may make per minute before it is answered 429. */
  CADENCE_API_RATE_LIMIT: z.coerce.number().int().min(1).default(120),
  /**
   * First retry delay of a webhook delivery (Standard Webhooks: 5 s). The whole schedule
   * (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h) scales with it, so tests can play it out fast.
   */
  CADENCE_WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(1).default(5_000),
});

export type LinkedInProduct = "community_management" | "share_on_linkedin" | "openid_connect";

export type LinkedInSettings = {
  /** "sandbox" until a LinkedIn app is configured. */
  target: "sandbox" | "linkedin";
  /** Stands for https://www.linkedin.com/oauth/v2 */
  oauthBaseUrl: string;
  /** Stands for https://api.linkedin.com (the client appends /rest or /v2) */
  apiBaseUrl: string;
  apiVersion: string;
  clientId: string;
  clientSecret: string;
};

/** The sandbox's seeded app (sandbox/seed.ts): it needs no secret of ours. */
export const SANDBOX_APP = { clientId: "cadence-sandbox", clientSecret: "cadence-sandbox-secret" } as const;

export type Env = z.infer<typeof envSchema> & {
  mode: "embedded" | "postgres";
  dataDir: string;
  embeddedWorker: boolean;
  appUrl: string;
  linkedin: LinkedInSettings;
  /** Products of the main app, and the optional member app (Share on LinkedIn + OpenID Connect). */
  linkedinProducts: LinkedInProduct[];
  linkedinMemberApp: { clientId: string; clientSecret: string } | null;
  /** lib/net/safe-fetch may connect to private, loopback and link-local addresses. */
  allowPrivateUrls: boolean;
  publishing: { retryBaseMs: number; maxAttempts: number };
  /** LinkedIn calls per channel per UTC day for statistics syncs. */
  analyticsDailyCalls: number;
  /** Public API requests per key per minute. */
  apiRateLimit: number;
  /** First webhook retry delay; the rest of the schedule scales with it. */
  webhooks: { retryBaseMs: number };
};

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  // An empty value (`FOO=` in an env file) means "not set", not "set to nothing".
  const raw = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ""));
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${problems.join("\n")}`);
  }
  const env = parsed.data;
  const mode = env.DATABASE_URL ? "postgres" : "embedded";
  if (Boolean(env.LINKEDIN_CLIENT_ID) !== Boolean(env.LINKEDIN_CLIENT_SECRET)) {
    throw new Error(
      "Invalid configuration: set both LINKEDIN_CLIENT_ID and LINKEDIN_CLIENT_SECRET, or neither.",
    );
  }
  const sandboxUrl = `http://localhost:${env.SANDBOX_PORT}`;
  const linkedin: LinkedInSettings = env.LINKEDIN_CLIENT_ID
    ? {
        target: "linkedin",
        oauthBaseUrl: "https://www.linkedin.com/oauth/v2",
        apiBaseUrl: "https://api.linkedin.com",
        apiVersion: env.LINKEDIN_API_VERSION,
        clientId: env.LINKEDIN_CLIENT_ID,
        clientSecret: env.LINKEDIN_CLIENT_SECRET ?? "",
      }
    : {
        target: "sandbox",
        oauthBaseUrl: `${(env.SANDBOX_PUBLIC_URL ?? sandboxUrl).replace(/\/$/, "")}/oauth/v2`,
        apiBaseUrl: sandboxUrl,
        apiVersion: env.LINKEDIN_API_VERSION,
        ...SANDBOX_APP,
      };
  cached = {
    ...env,
    mode,
    dataDir: path.resolve(env.CADENCE_DATA_DIR),
    embeddedWorker: env.CADENCE_EMBEDDED_WORKER ?? mode === "embedded",
    appUrl: (env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ""),
    linkedin,
    // The sandbox's app has every product; a real app starts with Community Management only.
    linkedinProducts:
      env.LINKEDIN_PRODUCTS ??
      (linkedin.target === "sandbox"
        ? ["community_management", "share_on_linkedin", "openid_connect"]
        : ["community_management"]),
    linkedinMemberApp:
      env.LINKEDIN_MEMBER_CLIENT_ID && env.LINKEDIN_MEMBER_CLIENT_SECRET
        ? { clientId: env.LINKEDIN_MEMBER_CLIENT_ID, clientSecret: env.LINKEDIN_MEMBER_CLIENT_SECRET }
        : null,
    allowPrivateUrls: env.CADENCE_ALLOW_PRIVATE_URLS,
    publishing: {
      retryBaseMs: env.CADENCE_PUBLISH_RETRY_BASE_MS,
      maxAttempts: env.CADENCE_PUBLISH_MAX_ATTEMPTS,
    },
    analyticsDailyCalls: env.CADENCE_ANALYTICS_DAILY_CALLS,
    apiRateLimit: env.CADENCE_API_RATE_LIMIT,
    webhooks: { retryBaseMs: env.CADENCE_WEBHOOK_RETRY_BASE_MS },
  };
  return cached;
}

/**
 * Test harness only: the PostgreSQL server on which service tests create throwaway databases
 * (`npm test` sets it; unset, they run on an in-memory PGlite). Not a product setting.
 */
export function getTestDatabaseServerUrl(): string | undefined {
  return process.env.CADENCE_TEST_DATABASE_URL || undefined;
}

/** For tests that change settings between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}
