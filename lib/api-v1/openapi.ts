// The OpenAPI 3.1 description of /api/v1, generated from the very zod schemas the routes validate
// with (zod's own JSON Schema output, draft 2020-12 as OpenAPI 3.1 uses), so the document cannot
// drift from what the API accepts. Served at /api/v1/openapi.json and read by the reference page.
import { z } from "zod";
import { getEnv } from "@/lib/env";
import {
  WEBHOOK_EVENT_DESCRIPTIONS,
  webhookEventSchema,
  type AnyWebhookEventType,
} from "@/lib/webhooks/webhook-events";
import { listPostsQuerySchema } from "./posts/list-api-posts";
import { PROBLEM_TYPES, problemSchema, problemTypeUri, type ProblemType } from "./problem";
import { createPostRequestSchema, updatePostRequestSchema } from "./schemas/post-request";
import {
  channelListSchema,
  deletePostResultSchema,
  postListSchema,
  postResourceSchema,
  postStatsSchema,
} from "./schemas/post-resource";

type JsonSchema = Record<string, unknown>;

const ref = (schema: z.ZodType) => {
  const id = z.globalRegistry.get(schema)?.id;
  if (!id) throw new Error("Only schemas with a meta id are components.");
  return { $ref: `#/components/schemas/${id}` };
};

/** Every schema with a meta id, as components; nested ids become $refs. */
function componentSchemas(): Record<string, JsonSchema> {
  // Building the request schemas registers them; reading them here keeps the imports used.
  void [createPostRequestSchema, updatePostRequestSchema, postResourceSchema, problemSchema];
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "any",
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, JsonSchema> };
  for (const schema of Object.values(schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }
  return schemas;
}

const problemResponse = (description: string, types: ProblemType[]) => ({
  description: `${description} Problem types: ${types.map((type) => `\`${problemTypeUri(type)}\``).join(", ")}.`,
  content: { "application/problem+json": { schema: ref(problemSchema) } },
});

const common = {
  "401": { $ref: "#/components/responses/Unauthorized" },
  "429": { $ref: "#/components/responses/RateLimited" },
  "500": { $ref: "#/components/responses/Internal" },
  "503": { $ref: "#/components/responses/Unavailable" },
};

const jsonBody = (schema: z.ZodType) => ({ required: true, content: { "application/json": { schema: ref(schema) } } });
const jsonAnswer = (description: string, schema: z.ZodType) => ({
  description,
  headers: { "RateLimit-Remaining": { $ref: "#/components/headers/RateLimit-Remaining" } },
  content: { "application/json": { schema: ref(schema) } },
});

const postIdParameter = {
  name: "id",
  in: "path",
  required: true,
  schema: { type: "string" },
  description: "The post's id.",
};

function queryParameters(schema: z.ZodObject): JsonSchema[] {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as {
    properties: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: "query", required: json.required?.includes(name) ?? false, description, schema: rest };
  });
}

const DESCRIPTION = `Publish to LinkedIn from your own systems with one request: send the text and media URLs, and
Cadence downloads the media, checks them against LinkedIn's rules, uploads them, waits for LinkedIn
to process them and creates the post — with retries, quota waits and duplicate protection.

**Authentication**: \`Authorization: Bearer cad_…\` with a key from Settings → API keys. A key acts for
its workspace only.

**Rate limit**: each key may make a fixed number of requests a minute. Every answer carries
\`RateLimit-Limit\`, \`RateLimit-Remaining\` and \`RateLimit-Reset\`; a refused request is answered 429
with \`Retry-After\` (seconds).

**Retries**: send \`Idempotency-Key\` (e.g. a UUID) with POST /posts. The same key and body within 24
hours return the first answer (marked \`Idempotent-Replayed: true\`) instead of making a second post;
a repeat while the first request is still running waits for its answer.

**Errors** are RFC 9457 problem details (\`application/problem+json\`) with a stable \`type\`, a
\`detail\` for people and, for invalid fields, \`errors\` with a JSON Pointer to each.`;

const WEBHOOK_HEADERS = [
  ["webhook-id", "The event's id (evt_…): the same on every retry and resend, to deduplicate."],
  ["webhook-timestamp", "Unix seconds when this attempt was signed; refuse ones more than 5 minutes off."],
  [
    "webhook-signature",
    'v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}" with the base64-decoded part of the endpoint secret after whsec_> (Standard Webhooks).',
  ],
] as const;

/** Each event Cadence POSTs to webhook endpoints, as OpenAPI 3.1 `webhooks`. */
function webhookOperations(): Record<string, JsonSchema> {
  return Object.fromEntries(
    webhookEventSchema.options.map((option) => {
      const type = option.shape.type.value as AnyWebhookEventType;
      const schema = z.toJSONSchema(option, { io: "output", unrepresentable: "any" }) as JsonSchema;
      delete schema.$schema;
      return [
        type,
        {
          post: {
            tags: ["Webhooks"],
            operationId: `webhook_${type.replace(/\W/g, "_")}`,
            summary: type,
            description: WEBHOOK_EVENT_DESCRIPTIONS[type],
            security: [],
            parameters: WEBHOOK_HEADERS.map(([name, description]) => ({
              name,
              in: "header",
              required: true,
              schema: { type: "string" },
              description,
            })),
            requestBody: { required: true, content: { "application/json": { schema } } },
            responses: {
              "2XX": { description: "Received. Any other answer (or none within 10 s) is retried with backoff." },
            },
          },
        },
      ];
    }),
  );
}

export function buildOpenApiDocument(): JsonSchema {
  const problemTypes = Object.keys(PROBLEM_TYPES) as ProblemType[];
  return {
    openapi: "3.1.0",
    info: { title: "Cadence API", version: "1.0.0", description: DESCRIPTION },
    servers: [{ url: `${getEnv().appUrl}/api/v1` }],
    security: [{ bearerAuth: [] }],
    tags: [
      { name: "Posts", description: "Publish, schedule, edit and cancel posts." },
      { name: "Channels", description: "The LinkedIn Pages and profiles posts go to." },
      {
        name: "Webhooks",
        description:
          "Events Cadence POSTs to the endpoints set up in Settings → Webhooks, signed per Standard Webhooks and retried for about a day.",
      },
    ],
    paths: {
      "/posts": {
        post: {
          tags: ["Posts"],
          operationId: "createPost",
          summary: "Publish, schedule or draft a post",
          description:
            "Answers 202 at once with the post and each channel's state; publishing continues in the background (poll GET /posts/{id}, or subscribe to webhooks). Media URLs are downloaded by Cadence: private, loopback and link-local addresses are refused unless the server allows them.",
          parameters: [
            {
              name: "Idempotency-Key",
              in: "header",
              required: false,
              schema: { type: "string", minLength: 1, maxLength: 255 },
              description: "Makes retries safe: the same key and body return the same post for 24 hours.",
            },
          ],
          requestBody: jsonBody(createPostRequestSchema),
          responses: {
            "202": {
              ...jsonAnswer("Accepted: the post, with each channel's state.", postResourceSchema),
              headers: {
                Location: { schema: { type: "string" }, description: "The post's URL." },
                "Idempotent-Replayed": {
                  schema: { type: "string", enum: ["true"] },
                  description: "Present when this is the stored answer to an earlier request with the same Idempotency-Key.",
                },
              },
            },
            "400": problemResponse("The body or a header could not be read.", ["malformed-request"]),
            "409": problemResponse("No channel can take it, or the Idempotency-Key's first request is still running.", [
              "conflict",
              "idempotency-request-in-progress",
            ]),
            "413": problemResponse("The body is too large.", ["payload-too-large"]),
            "415": problemResponse("The body is not JSON.", ["unsupported-media-type"]),
            "422": problemResponse("Invalid fields, refused media, or a reused Idempotency-Key.", [
              "validation-failed",
              "media-refused",
              "idempotency-key-reused",
            ]),
            ...common,
          },
        },
        get: {
          tags: ["Posts"],
          operationId: "listPosts",
          summary: "List posts",
          parameters: queryParameters(listPostsQuerySchema),
          responses: {
            "200": jsonAnswer("A page of posts, newest first.", postListSchema),
            "422": problemResponse("An invalid filter or cursor.", ["validation-failed"]),
            ...common,
          },
        },
      },
      "/posts/{id}": {
        parameters: [postIdParameter],
        get: {
          tags: ["Posts"],
          operationId: "getPost",
          summary: "Get a post with each channel's state",
          responses: {
            "200": jsonAnswer("The post; published channels carry LinkedIn's URN and link.", postResourceSchema),
            "404": { $ref: "#/components/responses/NotFound" },
            ...common,
          },
        },
        patch: {
          tags: ["Posts"],
          operationId: "updatePost",
          summary: "Edit or reschedule a post that has not been published",
          description:
            "Send only what changes. `media` or `link` replaces the content (`media: []` with `link: null` leaves text only). Without timing fields a draft stays a draft and a scheduled post keeps its time.",
          requestBody: jsonBody(updatePostRequestSchema),
          responses: {
            "200": jsonAnswer("The post as saved.", postResourceSchema),
            "404": { $ref: "#/components/responses/NotFound" },
            "409": problemResponse("Already published, or being published right now.", ["conflict"]),
            "422": problemResponse("Invalid fields or refused media.", ["validation-failed", "media-refused"]),
            ...common,
          },
        },
        delete: {
          tags: ["Posts"],
          operationId: "deletePost",
          summary: "Cancel a post (and optionally delete it from LinkedIn)",
          parameters: [
            {
              name: "remote",
              in: "query",
              required: false,
              schema: { type: "boolean", default: false },
              description: "Also delete the copies already on LinkedIn.",
            },
          ],
          responses: {
            "200": jsonAnswer("What happened.", deletePostResultSchema),
            "404": { $ref: "#/components/responses/NotFound" },
            "409": problemResponse("Being published right now.", ["conflict"]),
            "502": problemResponse("LinkedIn did not delete a copy; nothing else changed.", ["linkedin-unavailable"]),
            ...common,
          },
        },
      },
      "/posts/{id}/publish": {
        parameters: [postIdParameter],
        post: {
          tags: ["Posts"],
          operationId: "publishPost",
          summary: "Publish a draft or scheduled post now",
          responses: {
            "202": jsonAnswer("Accepted: the post, now publishing.", postResourceSchema),
            "404": { $ref: "#/components/responses/NotFound" },
            "409": problemResponse("Nothing left to publish, or a channel needs reconnecting.", ["conflict"]),
            "422": problemResponse("The post has nothing to say yet.", ["validation-failed"]),
            ...common,
          },
        },
      },
      "/posts/{id}/stats": {
        parameters: [postIdParameter],
        get: {
          tags: ["Posts"],
          operationId: "getPostStats",
          summary: "A post's LinkedIn statistics per channel",
          description: "From Cadence's hourly copy of LinkedIn's statistics; organization Pages only.",
          responses: {
            "200": jsonAnswer("Lifetime figures per channel.", postStatsSchema),
            "404": { $ref: "#/components/responses/NotFound" },
            ...common,
          },
        },
      },
      "/channels": {
        get: {
          tags: ["Channels"],
          operationId: "listChannels",
          summary: "List channels",
          responses: { "200": jsonAnswer("The workspace's channels.", channelListSchema), ...common },
        },
      },
    },
    webhooks: webhookOperations(),
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "cad_…", description: "Settings → API keys." },
      },
      schemas: componentSchemas(),
      headers: {
        "RateLimit-Remaining": { schema: { type: "integer" }, description: "Requests this key has left this minute." },
      },
      responses: {
        Unauthorized: problemResponse("No key, or a malformed, unknown or revoked one.", ["unauthorized"]),
        NotFound: problemResponse("No such post in the key's workspace.", ["not-found"]),
        RateLimited: {
          ...problemResponse("Too many requests for this key.", ["rate-limited"]),
          headers: { "Retry-After": { schema: { type: "integer" }, description: "Seconds to wait." } },
        },
        Internal: problemResponse("A fault on Cadence's side.", ["internal"]),
        Unavailable: problemResponse("A LinkedIn app or connection Cadence needs is not configured right now.", [
          "unavailable",
        ]),
      },
    },
    "x-problem-types": Object.fromEntries(
      problemTypes.map((type) => [problemTypeUri(type), { ...PROBLEM_TYPES[type] }]),
    ),
  };
}
