// POSTs to LinkedIn's OAuth endpoints: form-encoded, with the app credentials in the body —
// never HTTP Basic, never in a URL (doc §3.3). Errors come back as {error, error_description}
// and are mapped like every other LinkedIn failure.
import type { z } from "zod";
import type { LinkedInConfig } from "../config";
import { linkedinFetch } from "../http/linkedin-fetch";

export async function postOAuthForm<T>(
  config: LinkedInConfig,
  input: {
    path: "/accessToken" | "/introspectToken";
    form: Record<string, string>;
    schema: z.ZodType<T>;
    idempotent: boolean;
  },
): Promise<T> {
  const response = await linkedinFetch(config, {
    api: "oauth",
    method: "POST",
    path: input.path,
    form: { ...input.form, client_id: config.clientId, client_secret: config.clientSecret },
    schema: input.schema,
    idempotent: input.idempotent,
  });
  return response.data;
}
