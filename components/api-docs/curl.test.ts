import { describe, expect, it } from "vitest";
import { buildCurl, doubleQuote, sampleFromSchema, singleQuote } from "@/components/api-docs/curl";
import { listOperations } from "@/components/api-docs/operations";

const doc = {
  openapi: "3.1.0",
  servers: [{ url: "https://cadence.example.com/api/v1/" }],
  security: [{ bearerAuth: [] }],
  components: {
    securitySchemes: { bearerAuth: { type: "http", scheme: "bearer" } },
    schemas: {
      CreatePostRequest: {
        type: "object",
        properties: { post: { type: "object" } },
        required: ["post"],
        example: { post: { body: "It's out" }, profiles: ["linkedin"] },
      },
      UpdatePostRequest: {
        type: "object",
        properties: {
          post: {
            type: "object",
            properties: { body: { type: "string", example: "Hi" } },
            required: ["body"],
          },
          draft: { type: "boolean" },
        },
      },
    },
  },
  paths: {
    "/posts": {
      post: {
        operationId: "createPost",
        parameters: [{ name: "Idempotency-Key", in: "header", required: false, schema: { type: "string" } }],
        requestBody: {
          required: true,
          content: { "application/json": { schema: { $ref: "#/components/schemas/CreatePostRequest" } } },
        },
        responses: {},
      },
      get: {
        operationId: "listPosts",
        parameters: [
          { name: "limit", in: "query", required: false, schema: { type: "integer" } },
          {
            name: "status",
            in: "query",
            required: true,
            schema: { type: "string", enum: ["draft", "published"] },
          },
        ],
        responses: {},
      },
    },
    "/posts/{id}": {
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
      patch: {
        operationId: "updatePost",
        requestBody: {
          content: { "application/json": { schema: { $ref: "#/components/schemas/UpdatePostRequest" } } },
        },
        responses: {},
      },
      delete: { operationId: "deletePost", security: [], responses: {} },
    },
    "/channels/{channel_id}": {
      get: {
        operationId: "getChannel",
        parameters: [
          { name: "channel_id", in: "path", required: true, example: "ch 1/2", schema: { type: "string" } },
        ],
        responses: {},
      },
    },
  },
};

const curl = (id: string) => {
  const operation = listOperations(doc).find((candidate) => candidate.id === id)!;
  return buildCurl(doc, operation, { tokenVariable: "CADENCE_API_KEY" });
};

describe("buildCurl", () => {
  it("posts the request schema's example to the first server's URL", () => {
    expect(curl("createPost")).toBe(
      [
        `curl -X POST "https://cadence.example.com/api/v1/posts" \\`,
        `  -H "Authorization: Bearer $CADENCE_API_KEY" \\`,
        `  -H "Content-Type: application/json" \\`,
        `  -d '{`,
        `    "post": {`,
        `      "body": "It'\\''s out"`,
        `    },`,
        `    "profiles": [`,
        `      "linkedin"`,
        `    ]`,
        `  }'`,
      ].join("\n"),
    );
  });

  it("leaves GET implicit and adds required query parameters only", () => {
    expect(curl("listPosts")).toBe(
      `curl "https://cadence.example.com/api/v1/posts?status=draft" \\\n  -H "Authorization: Bearer $CADENCE_API_KEY"`,
    );
  });

  it("fills path parameters from examples, or leaves a visible placeholder", () => {
    expect(curl("getChannel")).toContain(`"https://cadence.example.com/api/v1/channels/ch%201%2F2"`);
    expect(curl("updatePost")).toContain(`curl -X PATCH "https://cadence.example.com/api/v1/posts/<id>"`);
  });

  it("makes a body from the schema when it has no example", () => {
    expect(curl("updatePost")).toContain(`-d '{\n    "post": {\n      "body": "Hi"\n    }\n  }'`);
  });

  it("skips the key for operations without security", () => {
    expect(curl("deletePost")).toBe(`curl -X DELETE "https://cadence.example.com/api/v1/posts/<id>"`);
  });
});

describe("shell quoting", () => {
  it("escapes what double and single quotes would otherwise interpret", () => {
    expect(doubleQuote('a "b" $c `d` \\e')).toBe('"a \\"b\\" \\$c \\`d\\` \\\\e"');
    expect(singleQuote("it's")).toBe("'it'\\''s'");
  });
});

describe("sampleFromSchema", () => {
  it("prefers examples, then defaults, consts and enums, then types and formats", () => {
    expect(sampleFromSchema(doc, { type: "string", example: "x", default: "y" })).toBe("x");
    expect(sampleFromSchema(doc, { type: "integer", default: 25 })).toBe(25);
    expect(sampleFromSchema(doc, { type: "string", enum: ["a", "b"] })).toBe("a");
    expect(sampleFromSchema(doc, { type: "string", format: "date-time" })).toBe("2026-01-01T09:00:00Z");
    expect(sampleFromSchema(doc, { type: "array", items: { type: "boolean" } })).toEqual([false]);
    expect(sampleFromSchema(doc, { anyOf: [{ type: "null" }, { type: "integer", minimum: 1 }] })).toBe(1);
  });

  it("survives recursive schemas", () => {
    const recursive = {
      components: {
        schemas: {
          Node: {
            type: "object",
            properties: { next: { $ref: "#/components/schemas/Node" } },
            required: ["next"],
          },
        },
      },
    };
    expect(sampleFromSchema(recursive, { $ref: "#/components/schemas/Node" })).toEqual({ next: null });
  });
});
