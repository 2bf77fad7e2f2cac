// The OpenAPI document is whole: every $ref resolves, its request example is accepted by the very
// schema the route validates with, every problem type is answered somewhere, and every webhook
// event is described.
import { describe, expect, it } from "vitest";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/webhook-events";
import { buildOpenApiDocument } from "./openapi";
import { PROBLEM_TYPES, problemTypeUri, type ProblemType } from "./problem";
import { createPostRequestSchema } from "./schemas/post-request";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking an arbitrary JSON document
const document = buildOpenApiDocument() as any;

function collectRefs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => collectRefs(item, found));
  else if (value && typeof value === "object")
    for (const [key, item] of Object.entries(value)) {
      if (key === "$ref" && typeof item === "string") found.push(item);
      else collectRefs(item, found);
    }
  return found;
}

function resolve(ref: string): unknown {
  return ref
    .replace(/^#\//, "")
    .split("/")
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], document);
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with every operation of /api/v1", () => {
    expect(document.openapi).toBe("3.1.0");
    const operations = Object.values(document.paths).flatMap((item) =>
      Object.values(item as Record<string, { operationId?: string }>).map((op) => op.operationId).filter(Boolean),
    );
    expect(operations.sort()).toEqual(
      ["createPost", "deletePost", "getPost", "getPostStats", "listChannels", "listPosts", "publishPost", "updatePost"].sort(),
    );
  });

  it("has no dangling $ref", () => {
    const refs = collectRefs(document);
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) expect(resolve(ref), ref).toBeDefined();
  });

  it("shows an example the API accepts", () => {
    expect(createPostRequestSchema.safeParse(document.components.schemas.CreatePostRequest.example).success).toBe(true);
  });

  it("names every problem type in some response", () => {
    const text = JSON.stringify(document.paths) + JSON.stringify(document.components.responses);
    for (const type of Object.keys(PROBLEM_TYPES) as ProblemType[]) expect(text).toContain(problemTypeUri(type));
  });

  it("describes every webhook event with its signature headers", () => {
    expect(Object.keys(document.webhooks)).toEqual(expect.arrayContaining([...WEBHOOK_EVENT_TYPES]));
    const published = document.webhooks["post.published"].post;
    expect(published.parameters.map((parameter: { name: string }) => parameter.name)).toEqual([
      "webhook-id",
      "webhook-timestamp",
      "webhook-signature",
    ]);
    expect(published.requestBody.content["application/json"].schema.properties.data.properties).toHaveProperty(
      "linkedin_urn",
    );
  });
});
