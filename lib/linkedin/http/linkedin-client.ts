// A LinkedIn client bound to one member's access token. The token lives only in this closure —
// not on an enumerable property — so logging or serialising a client can never leak it.
import { getLinkedInConfig, type LinkedInConfig } from "../config";
import { linkedinFetch } from "./linkedin-fetch";
import type { LinkedInRequest, LinkedInResponse } from "./linkedin-request";

export type ClientRequest<T> = Omit<LinkedInRequest<T>, "accessToken" | "grantedScopes">;

export interface LinkedInClient {
  readonly config: LinkedInConfig;
  /** Scopes granted to the token, when known: lets a 403 say "missing scope" vs "missing Page role". */
  readonly grantedScopes: readonly string[] | undefined;
  request<T>(request: ClientRequest<T>): Promise<LinkedInResponse<T>>;
}

export function createLinkedInClient(options: {
  accessToken: string;
  grantedScopes?: readonly string[];
  config?: LinkedInConfig;
}): LinkedInClient {
  const { accessToken, grantedScopes } = options;
  const config = options.config ?? getLinkedInConfig();
  return {
    config,
    grantedScopes,
    request: (request) => linkedinFetch(config, { ...request, accessToken, grantedScopes }),
  };
}
