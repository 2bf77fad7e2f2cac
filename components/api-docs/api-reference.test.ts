// The whole page rendered from the real document: every anchor the API's answers point at exists.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ApiReference } from "@/components/api-docs/api-reference";
import { buildOpenApiDocument } from "@/lib/api-v1/openapi";
import { PROBLEM_TYPES, problemTypeUri, type ProblemType } from "@/lib/api-v1/problem";

const render = (doc: Record<string, unknown>) =>
  renderToStaticMarkup(
    createElement(ApiReference, {
      doc,
      documentUrl: "/api/v1/openapi.json",
      tokenVariable: "CADENCE_API_KEY",
    }),
  );

describe("ApiReference", () => {
  const doc = buildOpenApiDocument();
  const html = render(doc);

  it("has an element for every problem type URI the API answers with", () => {
    for (const type of Object.keys(PROBLEM_TYPES) as ProblemType[]) {
      const anchor = problemTypeUri(type).split("#")[1];
      expect(anchor).toBe(`problem-${type}`);
      expect(html).toContain(`id="${anchor}"`);
    }
  });

  it("has an anchor per operation and per schema, and the guide sections", () => {
    for (const id of [
      "createPost",
      "listPosts",
      "getPost",
      "updatePost",
      "deletePost",
      "publishPost",
      "getPostStats",
      "listChannels",
    ]) {
      expect(html).toContain(`id="${id}"`);
    }
    for (const id of [
      "introduction",
      "authentication",
      "rate-limits",
      "idempotency",
      "errors",
      "schema-CreatePostRequest",
    ]) {
      expect(html).toContain(`id="${id}"`);
    }
    expect(html).toContain('href="/api/v1/openapi.json"');
  });

  it("renders the document's webhooks: each event with its signature headers", () => {
    expect(html).toContain('id="webhooks"');
    for (const event of ["post.published", "post.failed", "post.retry_scheduled", "channel.expiring", "channel.disconnected"])
      expect(html).toContain(event);
    expect(html).toContain("webhook-signature");
  });

  it("renders nothing for webhooks when a document has none", () => {
    const { webhooks: _none, ...withoutWebhooks } = doc;
    expect(render(withoutWebhooks)).not.toContain('id="webhooks"');
  });

  it("renders a webhooks section with each event's payload when the document has them", () => {
    const withWebhooks = {
      ...doc,
      webhooks: {
        "post.published": {
          post: {
            summary: "A post was published on a channel",
            requestBody: {
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    properties: { event_type: { type: "string", const: "post.published" } },
                  },
                },
              },
            },
            responses: { "200": { description: "Any 2xx acknowledges the delivery." } },
          },
        },
      },
    };
    const out = render(withWebhooks);
    expect(out).toContain('id="webhooks"');
    expect(out).toContain('id="webhook-post-published"');
    expect(out).toContain("A post was published on a channel");
    expect(out).toContain('data-field="event_type"');
  });
});
