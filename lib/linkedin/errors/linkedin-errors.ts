// Typed LinkedIn failures (doc §13) that callers act on without reading LinkedIn's text: every
// class says whether a retry can help and carries a plain-words `userMessage` for the person
// using Cadence. Messages name the request (method + path, never the query or a token).
import { describeScope } from "../scopes";

export type LinkedInErrorKind =
  | "token"
  | "permission"
  | "version"
  | "rate_limit"
  | "duplicate"
  | "validation"
  | "not_found"
  | "transient"
  | "configuration"
  | "unexpected_response"
  | "media_processing"
  | "upload_expired";

export interface LinkedInErrorInit {
  /** HTTP status; null when no response arrived (network, timeout). */
  status: number | null;
  serviceErrorCode?: number | null;
  /** LinkedIn's string `code` (e.g. REVOKED_ACCESS_TOKEN) or the OAuth `error`. */
  code?: string | null;
  linkedinMessage?: string | null;
  /** e.g. `GET /rest/organizationAcls`. */
  endpoint?: string | null;
  cause?: unknown;
}

export abstract class LinkedInError extends Error {
  abstract readonly kind: LinkedInErrorKind;
  /** Whether the same request may succeed later without anyone changing anything. */
  abstract readonly retryable: boolean;
  /** Plain words for the person using Cadence. */
  abstract readonly userMessage: string;
  readonly status: number | null;
  readonly serviceErrorCode: number | null;
  readonly code: string | null;
  readonly linkedinMessage: string | null;
  readonly endpoint: string | null;

  constructor(summary: string, init: LinkedInErrorInit) {
    const where = init.endpoint ? ` (${init.endpoint}` + (init.status ? ` → ${init.status})` : ")") : "";
    const said = init.linkedinMessage ? `: ${init.linkedinMessage}` : "";
    super(`${summary}${where}${said}`, { cause: init.cause });
    this.name = new.target.name;
    this.status = init.status;
    this.serviceErrorCode = init.serviceErrorCode ?? null;
    this.code = init.code ?? null;
    this.linkedinMessage = init.linkedinMessage ?? null;
    this.endpoint = init.endpoint ?? null;
  }
}

export const isLinkedInError = (error: unknown): error is LinkedInError => error instanceof LinkedInError;

/** Why the token is unusable (doc §13.3); every reason means "reconnect the account". */
export type TokenProblem = "missing" | "invalid" | "revoked" | "expired" | "refresh_token_rejected";

const TOKEN_MESSAGES: Record<TokenProblem, string> = {
  missing: "Cadence has no LinkedIn access for this account. Connect the LinkedIn account again.",
  invalid: "LinkedIn no longer accepts Cadence's access for this account. Reconnect the LinkedIn account.",
  revoked:
    "LinkedIn access for this account was revoked (removed in LinkedIn's settings, or replaced by a newer connection). Reconnect the LinkedIn account.",
  expired: "LinkedIn access for this account has expired (it lasts 60 days). Reconnect the LinkedIn account.",
  refresh_token_rejected:
    "LinkedIn would not renew access for this account (the one-year renewal period ended, or access was revoked). Reconnect the LinkedIn account.",
};

export class LinkedInTokenError extends LinkedInError {
  readonly kind = "token";
  readonly retryable = false;
  readonly userMessage: string;
  constructor(
    readonly reason: TokenProblem,
    init: LinkedInErrorInit,
  ) {
    super(`LinkedIn token ${reason.replaceAll("_", " ")}`, init);
    this.userMessage = TOKEN_MESSAGES[reason];
  }
}

/** `scope`: the token lacks every scope that would allow this; `role`: it has one, so the member's Page role is missing. */
export type PermissionProblem = "scope" | "role" | "unknown";

export class LinkedInPermissionError extends LinkedInError {
  readonly kind = "permission";
  readonly retryable = false;
  readonly userMessage: string;
  readonly reason: PermissionProblem;
  /** Any one of these would have been enough (empty when unknown). */
  readonly requiredScopes: readonly string[];
  /** LinkedIn's resource and method, e.g. `organizationAcls.FINDER-roleAssignee`. */
  readonly resource: string | null;
  constructor(
    problem: { reason: PermissionProblem; requiredScopes?: readonly string[]; resource?: string | null },
    init: LinkedInErrorInit,
  ) {
    super(`LinkedIn permission denied (${problem.reason})`, init);
    this.reason = problem.reason;
    this.requiredScopes = problem.requiredScopes ?? [];
    this.resource = problem.resource ?? null;
    this.userMessage = permissionMessage(this.reason, this.requiredScopes);
  }
}

function permissionMessage(reason: PermissionProblem, scopes: readonly string[]): string {
  if (reason === "role") {
    return "Your role on this LinkedIn Page does not allow this. Posting needs the Super admin or Content admin role, statistics need Super admin: ask a Super admin of the Page to change your role.";
  }
  if (reason === "scope" && scopes.length > 0) {
    const first = describeScope(scopes[0] as string);
    const product = first.product ? ` (LinkedIn product: ${first.product})` : "";
    return `LinkedIn did not give Cadence permission to ${first.purpose}${product}. Reconnect the LinkedIn account and approve every permission.`;
  }
  return "LinkedIn refused this: the account is missing a permission or a Page role it needs. Reconnect the LinkedIn account, or ask a Page Super admin to check your role.";
}

export class LinkedInVersionError extends LinkedInError {
  readonly kind = "version";
  readonly retryable = false;
  readonly userMessage: string;
  constructor(
    readonly reason: "sunset" | "missing",
    readonly requestedVersion: string | null,
    init: LinkedInErrorInit,
  ) {
    super(
      reason === "sunset"
        ? `LinkedIn-Version ${requestedVersion ?? "?"} is not active`
        : "LinkedIn-Version missing",
      init,
    );
    this.userMessage =
      reason === "sunset"
        ? `LinkedIn no longer supports the API version Cadence uses (${requestedVersion ?? "unknown"}). An administrator must set LINKEDIN_API_VERSION to a current version.`
        : "Cadence sent LinkedIn a request without an API version. This is a bug in Cadence; please report it.";
  }
}

/** `application_day` / `member_day`: a daily quota, reset at 00:00 UTC; `throttle`: LinkedIn's short-lived infrastructure protection (doc §13.4). */
export type RateLimitKind = "application_day" | "member_day" | "throttle";

export class LinkedInRateLimitError extends LinkedInError {
  readonly kind = "rate_limit";
  readonly retryable = true;
  readonly userMessage: string;
  constructor(
    readonly limit: RateLimitKind,
    /** When to try again: next 00:00 UTC for daily quotas, a short backoff for throttling. */
    readonly retryAt: Date,
    /** The next 00:00 UTC, where a throttled job goes after a few short retries (doc §13.4). */
    readonly dailyResetAt: Date,
    init: LinkedInErrorInit,
  ) {
    super(`LinkedIn rate limit (${limit})`, init);
    this.userMessage =
      limit === "throttle"
        ? "LinkedIn asked Cadence to slow down for a moment. Cadence will try again in a few minutes."
        : `LinkedIn's daily limit for this was reached. Cadence will try again after midnight UTC (${retryAt.toISOString()}).`;
  }
}

export class LinkedInDuplicateError extends LinkedInError {
  readonly kind = "duplicate";
  readonly retryable = false;
  readonly userMessage = "LinkedIn already has this exact post, so it was not published a second time.";
  constructor(
    /** The post LinkedIn says this duplicates (doc §13.5): record it as the published post. */
    readonly existingUrn: string | null,
    init: LinkedInErrorInit,
  ) {
    super("LinkedIn rejected a duplicate post", init);
  }
}

export class LinkedInValidationError extends LinkedInError {
  readonly kind = "validation";
  readonly retryable = false;
  readonly userMessage: string;
  constructor(init: LinkedInErrorInit) {
    super("LinkedIn rejected the request", init);
    this.userMessage = init.linkedinMessage
      ? `LinkedIn did not accept this: ${init.linkedinMessage}`
      : "LinkedIn did not accept this request.";
  }
}

export class LinkedInNotFoundError extends LinkedInError {
  readonly kind = "not_found";
  readonly retryable = false;
  readonly userMessage = "LinkedIn could not find this; it may have been deleted.";
  constructor(init: LinkedInErrorInit) {
    super("LinkedIn entity not found", init);
  }
}

export type TransientFailure = "server" | "network" | "timeout";

export class LinkedInTransientError extends LinkedInError {
  readonly kind = "transient";
  readonly retryable = true;
  readonly userMessage =
    "LinkedIn is temporarily unavailable or did not answer in time. Cadence will try again.";
  constructor(
    readonly failure: TransientFailure,
    init: LinkedInErrorInit,
  ) {
    super(
      `LinkedIn ${failure === "server" ? "server error" : failure === "network" ? "network failure" : "timeout"}`,
      init,
    );
  }
}

/** LinkedIn rejected Cadence's own app (client id/secret, app not enabled for a grant type). */
export class LinkedInConfigurationError extends LinkedInError {
  readonly kind = "configuration";
  readonly retryable = false;
  readonly userMessage =
    "LinkedIn rejected Cadence's LinkedIn app settings (client ID or secret). An administrator must check them.";
  constructor(init: LinkedInErrorInit) {
    super("LinkedIn rejected the app credentials", init);
  }
}

/** A 2xx answer whose body does not match the expected shape: a LinkedIn change or a client bug. */
export class LinkedInUnexpectedResponseError extends LinkedInError {
  readonly kind = "unexpected_response";
  readonly retryable = false;
  readonly userMessage =
    "LinkedIn sent an answer Cadence did not understand. Please try again later, and report it if it keeps happening.";
  constructor(
    readonly issues: string,
    init: LinkedInErrorInit,
  ) {
    super(`Unexpected LinkedIn response: ${issues}`, init);
  }
}
