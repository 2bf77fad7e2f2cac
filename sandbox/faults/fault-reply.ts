// The answer an http fault gives when it has no explicit body: the LinkedIn body a real failure
// with that status would carry, so clients exercise their real error mapping.
import { linkedinErrorBody, reasonPhrase } from "../http/errors";
import { json, type Reply } from "../http/reply";
import { revokedTokenError } from "../rest/auth";
import { nonexistentVersionError } from "../rest/version";
import type { Fault } from "./faults";

export function faultReply(
  fault: Fault,
  request: { method: string; path: string; version: string | undefined },
): Reply {
  const status = fault.status ?? 500;
  const headers = fault.headers;
  if (fault.body !== null) return json(status, fault.body, headers);
  switch (status) {
    case 401:
      return json(status, revokedTokenError().body, headers);
    case 403:
      return json(
        status,
        linkedinErrorBody(403, `Not enough permissions to access: ${request.method} ${request.path}`, {
          serviceErrorCode: 100,
          code: "ACCESS_DENIED",
        }),
        headers,
      );
    case 404:
      return json(
        status,
        linkedinErrorBody(404, "No virtual resource found", { code: "NOT_FOUND" }),
        headers,
      );
    case 426:
      return json(status, nonexistentVersionError(request.version?.trim() || "000000").body, headers);
    case 429:
      // LinkedIn's infrastructure-protection throttle (recovers by itself), not a daily quota.
      return json(
        status,
        linkedinErrorBody(429, "Resource level throttle limit for calls to this resource is reached.", {
          serviceErrorCode: 101,
          code: "TOO_MANY_REQUESTS",
        }),
        headers,
      );
    default:
      return json(status, linkedinErrorBody(status, reasonPhrase(status)), headers);
  }
}
