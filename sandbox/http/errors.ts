// Errors handlers throw; the request pipeline turns them into LinkedIn's two error shapes:
// REST `{status, serviceErrorCode?, code?, message}` (doc §13.1) and OAuth `{error, error_description}` (doc §3.3).

export interface LinkedInErrorBody {
  status: number;
  serviceErrorCode?: number;
  code?: string;
  message: string;
  [extra: string]: unknown;
}

/** A REST-style LinkedIn error. `body` is sent as is (field order as LinkedIn sends it). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(typeof body.message === "string" ? body.message : `HTTP ${status}`);
    this.name = "ApiError";
  }
}

/** An OAuth endpoint error: `{"error": …, "error_description": …}`. */
export class OAuthError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly description: string,
  ) {
    super(description);
    this.name = "OAuthError";
  }
}

export function linkedinErrorBody(
  status: number,
  message: string,
  extra: { code?: string; serviceErrorCode?: number } = {},
): LinkedInErrorBody {
  // LinkedIn's observed field order: status, serviceErrorCode, code, message.
  return {
    status,
    ...(extra.serviceErrorCode === undefined ? {} : { serviceErrorCode: extra.serviceErrorCode }),
    ...(extra.code === undefined ? {} : { code: extra.code }),
    message,
  };
}

export function linkedinError(
  status: number,
  message: string,
  extra: { code?: string; serviceErrorCode?: number } = {},
): ApiError {
  return new ApiError(status, linkedinErrorBody(status, message, extra));
}

/** 400 for a malformed request (body, URN, Rest.li syntax). Codes per doc §13.2 (UNCONFIRMED there). */
export const badRequest = (message: string, code = "ILLEGAL_ARGUMENT") =>
  linkedinError(400, message, { code });

/** 400 for a bad or missing parameter value. */
export const invalidParam = (message: string) => linkedinError(400, message, { code: "PARAM_INVALID" });

export const notFound = (message: string) => linkedinError(404, message, { code: "NOT_FOUND" });

/** 403 ACCESS_DENIED, e.g. `Not enough permissions to access: organizationAcls.FINDER-roleAssignee.20260101`. */
export const accessDenied = (what: string) =>
  linkedinError(403, `Not enough permissions to access: ${what}`, {
    code: "ACCESS_DENIED",
    serviceErrorCode: 100,
  });

export const internalError = () => linkedinError(500, "Internal Server Error");

const REASONS: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  410: "Gone",
  413: "Request Entity Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Entity",
  426: "Upgrade Required",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

export const reasonPhrase = (status: number): string => REASONS[status] ?? `HTTP ${status}`;
