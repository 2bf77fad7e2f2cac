// The frame of every authenticated /api/v1 handler: the Bearer key (one 401 for every kind of bad
// key), the key's rate limit (429 with Retry-After before any work), then the handler; whatever it
// throws becomes a problem details answer. The RateLimit headers ride on every answer.
import { isAppError, type AppErrorCode } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { authenticateApiKey, type ApiKeyIdentity } from "@/lib/services/api-keys/authenticate-api-key";
import { ApiProblem, appErrorFields, problemBody, type ProblemType } from "./problem";
import { consumeRateLimit, rateLimitHeaders } from "./rate-limit";

export type ApiContext = {
  request: Request;
  auth: ApiKeyIdentity;
  params: Record<string, string>;
};

type RouteContext = { params: Promise<Record<string, string>> };

const APP_ERROR_PROBLEM: Record<AppErrorCode, ProblemType> = {
  VALIDATION: "validation-failed",
  UNAUTHENTICATED: "unauthorized",
  FORBIDDEN: "not-found",
  NOT_FOUND: "not-found",
  CONFLICT: "conflict",
  RATE_LIMITED: "rate-limited",
  UNAVAILABLE: "unavailable",
};

export function apiRoute(name: string, handler: (context: ApiContext) => Promise<Response>) {
  return async (request: Request, routeContext?: RouteContext): Promise<Response> => {
    const instance = new URL(request.url).pathname;
    let headers: Record<string, string> = {};
    try {
      const auth = await authenticateApiKey(request.headers.get("authorization"));
      if (!auth)
        throw new ApiProblem(
          "unauthorized",
          "Send a valid API key as `Authorization: Bearer cad_…`. Keys are made in Settings → API keys; a revoked key no longer works.",
          { headers: { "WWW-Authenticate": 'Bearer realm="cadence"' } },
        );
      const verdict = await consumeRateLimit(auth.keyId);
      headers = rateLimitHeaders(verdict);
      if (!verdict.allowed)
        throw new ApiProblem(
          "rate-limited",
          `This key may make ${verdict.limit} requests a minute. Try again in ${verdict.resetSeconds} s.`,
        );
      const params = (await routeContext?.params) ?? {};
      const response = await handler({ request, auth, params });
      for (const [header, value] of Object.entries(headers)) response.headers.set(header, value);
      return response;
    } catch (error) {
      return problemResponse(error, { name, instance, headers });
    }
  };
}

/** A thrown value as a problem response; unknown errors are logged and answered without detail. */
export function problemResponse(
  error: unknown,
  { name, instance, headers = {} }: { name: string; instance: string; headers?: Record<string, string> },
): Response {
  if (error instanceof ApiProblem) {
    return problemJson(problemBody(error.type, error.message, { instance, errors: error.errors }), {
      ...headers,
      ...error.headers,
    });
  }
  if (isAppError(error)) {
    const errors = appErrorFields(error.fieldErrors);
    return problemJson(problemBody(APP_ERROR_PROBLEM[error.code], error.message, { instance, errors }), headers);
  }
  logger.error("api route failed", { route: name, error: error instanceof Error ? error.stack : String(error) });
  return problemJson(
    problemBody("internal", "Something went wrong on Cadence's side. Try again; with an Idempotency-Key a retry never makes a second post.", {
      instance,
    }),
    headers,
  );
}

export function problemJson(body: ReturnType<typeof problemBody>, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { ...headers, "content-type": "application/problem+json" },
  });
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...headers, "content-type": "application/json" },
  });
}
