import { describe, expect, it } from "vitest";
import {
  authScheme,
  groupByTag,
  listOperations,
  problemSchemaRef,
  problemTypes,
  responsesOf,
  serverUrl,
} from "@/components/api-docs/operations";

const doc = {
  openapi: "3.1.0",
  servers: [{ url: "https://x.example/api/v1/" }],
  security: [{ bearerAuth: [] }],
  tags: [{ name: "Posts", description: "Posts." }, { name: "Empty" }],
  paths: {
    "/posts/{id}": {
      parameters: [
        { name: "id", in: "path", required: true, schema: { type: "string" }, description: "Path level." },
        { $ref: "#/components/parameters/Verbose" },
      ],
      get: {
        tags: ["Posts"],
        operationId: "getPost",
        parameters: [
          {
            name: "id",
            in: "path",
            required: true,
            schema: { type: "string" },
            description: "Operation level.",
          },
        ],
        responses: {
          "404": { $ref: "#/components/responses/NotFound" },
          "200": {
            description: "The post.",
            headers: { "RateLimit-Remaining": { $ref: "#/components/headers/Remaining" } },
            content: { "application/json": { schema: { $ref: "#/components/schemas/Post" } } },
          },
        },
      },
    },
    "/channels": { get: { tags: ["Channels"], responses: {} } },
    "/health": { head: { responses: {} } },
  },
  webhooks: {
    "post.published": {
      post: {
        summary: "A post was published",
        requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/Post" } } } },
        responses: { "200": { description: "Received." } },
      },
    },
  },
  components: {
    securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "cad_…" } },
    parameters: { Verbose: { name: "verbose", in: "query", schema: { type: "boolean" } } },
    headers: { Remaining: { description: "Left this minute.", schema: { type: "integer" } } },
    responses: {
      NotFound: {
        description: "No such post. Problem types: `/docs/api#problem-not-found`.",
        content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
      },
    },
    schemas: { Post: { type: "object" }, Problem: { type: "object" } },
  },
  "x-problem-types": {
    "/docs/api#problem-not-found": { status: 404, title: "Not found" },
    "/docs/api#problem-not-found-at-all": { status: 404, title: "Prefix of nothing" },
    "/docs/api#problem-internal": { status: 500, title: "Oops" },
  },
};

describe("listOperations", () => {
  const operations = listOperations(doc);

  it("lists every method of every path, ids from operationId or method and path", () => {
    expect(operations.map((operation) => [operation.id, operation.method, operation.path])).toEqual([
      ["getPost", "get", "/posts/{id}"],
      ["get-channels", "get", "/channels"],
      ["head-health", "head", "/health"],
    ]);
  });

  it("merges path-level parameters, the operation's winning, and resolves $refs", () => {
    expect(
      operations[0]!.parameters.map((parameter) => [parameter.name, parameter.description ?? null]),
    ).toEqual([
      ["id", "Operation level."],
      ["verbose", null],
    ]);
  });

  it("resolves responses, sorted by status, with their schema and headers", () => {
    expect(operations[0]!.responses).toEqual([
      {
        status: "200",
        description: "The post.",
        contentTypes: ["application/json"],
        schema: { $ref: "#/components/schemas/Post" },
        schemaRef: "Post",
        headers: [
          { name: "RateLimit-Remaining", description: "Left this minute.", schema: { type: "integer" } },
        ],
      },
      expect.objectContaining({
        status: "404",
        schemaRef: "Problem",
        contentTypes: ["application/problem+json"],
      }),
    ]);
    expect(problemSchemaRef(operations)).toBe("Problem");
    expect(responsesOf(doc, {})).toEqual([]);
  });

  it("reads webhooks the same way", () => {
    const [webhook] = listOperations(doc, "webhooks");
    expect(webhook).toMatchObject({ id: "webhook-post-published", method: "post", path: "post.published" });
    expect(webhook!.requestBody).toMatchObject({
      contentType: "application/json",
      schema: { $ref: "#/components/schemas/Post" },
    });
    expect(listOperations({ paths: {} }, "webhooks")).toEqual([]);
  });
});

describe("groupByTag", () => {
  it("keeps the document's tag order, adds undeclared tags, then untagged, and drops empty tags", () => {
    const groups = groupByTag(doc, listOperations(doc));
    expect(groups.map((group) => [group.name, group.operations.map((operation) => operation.id)])).toEqual([
      ["Posts", ["getPost"]],
      ["Channels", ["get-channels"]],
      ["Other", ["head-health"]],
    ]);
    expect(groups[0]!.description).toBe("Posts.");
  });
});

describe("problemTypes", () => {
  it("gives each type the anchor its URI names and the operations that answer with it", () => {
    expect(problemTypes(doc)).toEqual([
      {
        uri: "/docs/api#problem-not-found",
        anchor: "problem-not-found",
        name: "not-found",
        status: 404,
        title: "Not found",
        description: undefined,
        usedBy: ["getPost"],
      },
      expect.objectContaining({ anchor: "problem-not-found-at-all", usedBy: [] }),
      expect.objectContaining({ anchor: "problem-internal", name: "internal", status: 500, usedBy: [] }),
    ]);
  });

  it("answers nothing when the document has no problem types", () => {
    expect(problemTypes({ paths: {} })).toEqual([]);
  });
});

describe("document details", () => {
  it("reads the server URL without a trailing slash, and the auth scheme", () => {
    expect(serverUrl(doc)).toBe("https://x.example/api/v1");
    expect(serverUrl({})).toBe("");
    expect(authScheme(doc)).toMatchObject({
      name: "bearerAuth",
      type: "http",
      scheme: "bearer",
      bearerFormat: "cad_…",
    });
    expect(authScheme(doc, { security: [] })).toBeUndefined();
  });
});
