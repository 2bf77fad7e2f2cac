import { describe, expect, it } from "vitest";
import { deref, refName, resolvePointer, schemaRefName } from "@/components/api-docs/resolve-ref";

const doc = {
  components: {
    schemas: {
      Post: { type: "object", description: "A post.", properties: { id: { type: "string" } } },
      Alias: { $ref: "#/components/schemas/Post" },
      "a/b~c": { type: "string" },
      "My Schema": { type: "integer" },
      Loop: { $ref: "#/components/schemas/Loop2" },
      Loop2: { $ref: "#/components/schemas/Loop" },
    },
    responses: { NotFound: { description: "No such post." } },
  },
  servers: [{ url: "https://example.com" }],
};

describe("resolvePointer", () => {
  it("follows a local JSON Pointer", () => {
    expect(resolvePointer(doc, "#/components/responses/NotFound")).toEqual({ description: "No such post." });
    expect(resolvePointer(doc, "#")).toBe(doc);
  });

  it("decodes ~1, ~0 and percent-encoding in tokens", () => {
    expect(resolvePointer(doc, "#/components/schemas/a~1b~0c")).toEqual({ type: "string" });
    expect(resolvePointer(doc, "#/components/schemas/My%20Schema")).toEqual({ type: "integer" });
  });

  it("indexes arrays by number only", () => {
    expect(resolvePointer(doc, "#/servers/0/url")).toBe("https://example.com");
    expect(resolvePointer(doc, "#/servers/first")).toBeUndefined();
  });

  it("answers undefined for missing paths and external references", () => {
    expect(resolvePointer(doc, "#/components/schemas/Nope")).toBeUndefined();
    expect(resolvePointer(doc, "other.json#/components/schemas/Post")).toBeUndefined();
    expect(resolvePointer(doc, "#/components/schemas/Post/properties/id/type/length")).toBeUndefined();
  });

  it("does not read inherited properties", () => {
    expect(resolvePointer(doc, "#/components/toString")).toBeUndefined();
  });
});

describe("deref", () => {
  it("follows a chain of references and records each", () => {
    const result = deref(doc, { $ref: "#/components/schemas/Alias" });
    expect(result.value).toBe(doc.components.schemas.Post);
    expect(result.refs).toEqual(["#/components/schemas/Alias", "#/components/schemas/Post"]);
  });

  it("lets keys beside $ref win (OpenAPI 3.1)", () => {
    const result = deref(doc, { $ref: "#/components/schemas/Post", description: "The post, as saved." });
    expect(result.value).toMatchObject({ type: "object", description: "The post, as saved." });
    // The component itself is untouched.
    expect(doc.components.schemas.Post.description).toBe("A post.");
  });

  it("returns plain objects as they are", () => {
    const schema = { type: "string" };
    expect(deref(doc, schema)).toEqual({ value: schema, refs: [] });
  });

  it("stops at cycles and broken references", () => {
    expect(deref(doc, { $ref: "#/components/schemas/Loop" }).value).toBeUndefined();
    expect(deref(doc, { $ref: "#/components/schemas/Missing" }).value).toBeUndefined();
    expect(deref(doc, "text").value).toBeUndefined();
  });
});

describe("names", () => {
  it("takes the last token of a reference", () => {
    expect(refName("#/components/schemas/Post")).toBe("Post");
    expect(refName("#/components/schemas/a~1b")).toBe("a/b");
    expect(schemaRefName({ $ref: "#/components/schemas/Post" })).toBe("Post");
    expect(schemaRefName({ $ref: "#/components/responses/NotFound" })).toBeUndefined();
    expect(schemaRefName({ type: "string" })).toBeUndefined();
  });
});
