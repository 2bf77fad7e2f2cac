// A LinkedIn client bound to one member's access token. The token lives only in this closure —
// not on an enumerable property — so logging or serialising a client can never leak it.
import { getLinkedInConfig, type LinkedInConfig } from "../config";
import { putUpload, type PutUploadRequest, type PutUploadResult } from "../media/put-upload";
import { linkedinFetch } from "./linkedin-fetch";
import type { LinkedInRequest, LinkedInResponse } from "./linkedin-request";

export type ClientRequest<T> = Omit<LinkedInRequest<T>, "accessToken" | "grantedScopes">;
export type ClientUploadRequest = Omit<PutUploadRequest, "accessToken">;

export interface LinkedInClient {
  readonly config: LinkedInConfig;
  /** Scopes granted to the token, when known: lets a 403 say "missing scope" vs "missing Page role". */
  readonly grantedScopes: readonly string[] | undefined;
  request<T>(request: ClientRequest<T>): Promise<LinkedInResponse<T>>;
  /** One streamed PUT to an upload URL from initializeUpload (doc §8.2, §9.3), with the bearer token. */
  upload(request: ClientUploadRequest): Promise<PutUploadResult>;
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
    upload: (request) => putUpload(config, { ...request, accessToken }),
  };
}
