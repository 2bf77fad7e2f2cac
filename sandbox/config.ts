// Tunable behaviour of the sandbox: everything the doc marks UNCONFIRMED or "configurable" lives
// here, so tests and demos can switch variants without code changes (POST /_sandbox/config).
import { z } from "zod";
import { PRODUCT_NAMES, type ProductName } from "./oauth/scopes";

export interface AppConfig {
  clientId: string;
  clientSecret: string;
  name: string;
  /** Registered redirect URLs; their query strings are ignored when matching (doc §3.1). */
  redirectUris: string[];
  /** Accept any http://localhost:* and http://127.0.0.1:* redirect (any port and path). */
  allowLoopbackRedirects: boolean;
  products: ProductName[];
  /** Programmatic refresh tokens (doc §3.4): only some partners get them. */
  refreshTokens: boolean;
  /** 2-legged tokens (doc §3.6): not enabled by default on LinkedIn. */
  clientCredentials: boolean;
  /** What happens to known scopes the app has no product for (doc §3.2 conflict). */
  unentitledScopes: "drop" | "redirect_error";
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
}

export interface QuotaLimit {
  /** Calls per UTC day by the whole app; null = unlimited. */
  app: number | null;
  /** Calls per UTC day per member of the app; null = unlimited. */
  member: number | null;
}

export interface SandboxConfig {
  /** OIDC `iss`; null = the sandbox's own base URL. */
  issuer: string | null;
  /** Separator of `scope` in token and introspection responses (doc §3.3 conflict). */
  scopeSeparator: "," | " ";
  /** userinfo `locale`: "en-US" or {country, language} (doc §4 conflict). */
  localeFormat: "string" | "object";
  /** How many monthly LinkedIn-Version values are active, ending at the clock's current month. */
  versionWindowMonths: number;
  /** "require": /rest calls without `X-Restli-Protocol-Version: 2.0.0` get 400. "lenient": they are read as Rest.li 1.0, so List(...) and (k:v) fail. */
  protocolHeader: "require" | "lenient";
  /** Largest JSON or form request body, in bytes; larger → 413. Upload routes set their own. */
  maxBodyBytes: number;
  quotas: {
    default: QuotaLimit;
    /** Keyed by endpoint, e.g. "GET /rest/organizationAcls" (see GET /_sandbox/routes). */
    endpoints: Record<string, Partial<QuotaLimit>>;
  };
  apps: Record<string, AppConfig>;
}

export const ACCESS_TOKEN_TTL_SECONDS = 5_184_000; // 60 days
export const REFRESH_TOKEN_TTL_SECONDS = 31_536_000; // 365 days

const quotaLimitSchema = z.object({
  app: z.number().int().nonnegative().nullable(),
  member: z.number().int().nonnegative().nullable(),
});

const appPatchSchema = z
  .object({
    clientId: z.string().min(1),
    clientSecret: z.string().min(1),
    name: z.string().min(1),
    redirectUris: z.array(z.url()),
    allowLoopbackRedirects: z.boolean(),
    products: z.array(z.enum(PRODUCT_NAMES as [ProductName, ...ProductName[]])),
    refreshTokens: z.boolean(),
    clientCredentials: z.boolean(),
    unentitledScopes: z.enum(["drop", "redirect_error"]),
    accessTokenTtlSeconds: z.number().int().positive(),
    refreshTokenTtlSeconds: z.number().int().positive(),
  })
  .partial()
  .strict();

/** Shape accepted by POST /_sandbox/config and startSandbox({ config }): any subset, merged into the current config. */
export const configPatchSchema = z
  .object({
    issuer: z.string().min(1).nullable(),
    scopeSeparator: z.enum([",", " "]),
    localeFormat: z.enum(["string", "object"]),
    versionWindowMonths: z.number().int().min(1).max(120),
    protocolHeader: z.enum(["require", "lenient"]),
    maxBodyBytes: z.number().int().positive(),
    quotas: z
      .object({
        default: quotaLimitSchema.partial(),
        endpoints: z.record(z.string(), quotaLimitSchema.partial()),
      })
      .partial()
      .strict(),
    apps: z.record(z.string(), appPatchSchema),
  })
  .partial()
  .strict();

export type SandboxConfigPatch = z.infer<typeof configPatchSchema>;

/** Merges a validated patch into a copy of `base`. A new app id needs at least a clientSecret; the rest defaults like the basic app. */
export function mergeConfig(base: SandboxConfig, patch: SandboxConfigPatch): SandboxConfig {
  const next = structuredClone(base);
  const { quotas, apps, ...scalars } = patch;
  Object.assign(next, scalars);
  if (quotas?.default) next.quotas.default = { ...next.quotas.default, ...quotas.default };
  if (quotas?.endpoints) {
    for (const [endpoint, limit] of Object.entries(quotas.endpoints)) {
      next.quotas.endpoints[endpoint] = { ...next.quotas.endpoints[endpoint], ...limit };
    }
  }
  for (const [clientId, app] of Object.entries(apps ?? {})) {
    const current = next.apps[clientId] ?? newAppDefaults(clientId);
    next.apps[clientId] = { ...current, ...app, clientId };
  }
  return next;
}

function newAppDefaults(clientId: string): AppConfig {
  return {
    clientId,
    clientSecret: `${clientId}-secret`,
    name: clientId,
    redirectUris: [],
    allowLoopbackRedirects: true,
    products: ["OPENID_CONNECT", "SHARE_ON_LINKEDIN"],
    refreshTokens: false,
    clientCredentials: false,
    unentitledScopes: "drop",
    accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: REFRESH_TOKEN_TTL_SECONDS,
  };
}

/** Effective daily limits of one endpoint. */
export function quotaFor(config: SandboxConfig, endpoint: string): QuotaLimit {
  return { ...config.quotas.default, ...config.quotas.endpoints[endpoint] };
}
