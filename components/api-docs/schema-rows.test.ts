import { describe, expect, it } from "vitest";
import { constraintsOf, schemaRows, summarizeSchema } from "@/components/api-docs/schema-rows";

const doc = {
  components: {
    schemas: {
      Item: {
        description: "A URL, or an object with one.",
        anyOf: [
          { type: "string", format: "uri", maxLength: 2000 },
          {
            type: "object",
            properties: { url: { type: "string", format: "uri" }, alt: { type: "string", maxLength: 100 } },
            required: ["url"],
          },
        ],
      },
      Card: {
        type: "object",
        description: "A link card.",
        properties: { title: { type: "string", minLength: 1, maxLength: 200 } },
        required: ["title"],
      },
      Node: {
        type: "object",
        properties: {
          name: { type: "string" },
          children: { type: "array", items: { $ref: "#/components/schemas/Node" } },
        },
      },
      Request: {
        type: "object",
        properties: {
          post: {
            type: "object",
            properties: {
              body: { type: "string", description: "Plain text." },
              mentions: {
                type: "array",
                maxItems: 50,
                items: {
                  type: "object",
                  properties: { urn: { type: "string", pattern: "^urn:li:.+$" } },
                  required: ["urn"],
                },
              },
            },
            required: ["body"],
          },
          profiles: { type: "array", minItems: 1, maxItems: 1, items: { type: "string", const: "linkedin" } },
          media: { type: "array", maxItems: 20, items: { $ref: "#/components/schemas/Item" } },
          link: { anyOf: [{ $ref: "#/components/schemas/Card" }, { type: "null" }] },
          when: { type: "string", format: "date-time", pattern: "^\\d{4}-…a very long generated pattern$" },
          count: { type: "integer", minimum: -9007199254740991, maximum: 9007199254740991 },
          limit: { type: "integer", minimum: 1, maximum: 100, default: 25 },
          state: { type: "string", enum: ["draft", "scheduled"] },
          note: { type: ["string", "null"] },
        },
        required: ["post"],
      },
    },
  },
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describe("schemaRows", () => {
  const rows = schemaRows(doc, ref("Request"));
  const row = (key: string) => rows.find((candidate) => candidate.key === key);

  it("lists properties in order with nested ones indented under their parent", () => {
    expect(rows.map((r) => `${"  ".repeat(r.depth)}${r.name}`)).toEqual([
      "post",
      "  body",
      "  mentions",
      "    urn",
      "profiles",
      "media",
      "  Option 1",
      "  Option 2",
      "    url",
      "    alt",
      "link",
      "  title",
      "when",
      "count",
      "limit",
      "state",
      "note",
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    expect(row("post.mentions[].urn")).toMatchObject({ depth: 2, required: true });
  });

  it("marks required fields of each object", () => {
    expect(row("post")?.required).toBe(true);
    expect(row("post.body")?.required).toBe(true);
    expect(row("post.mentions")?.required).toBe(false);
    expect(row("media[](2).url")?.required).toBe(true);
    expect(row("link.title")?.required).toBe(true);
  });

  it("follows $refs, naming the component for a link", () => {
    expect(row("media")).toMatchObject({
      type: "array of Item",
      typeRef: "Item",
      description: "A URL, or an object with one.",
    });
    expect(row("link")).toMatchObject({
      type: "Card",
      typeRef: "Card",
      nullable: true,
      description: "A link card.",
    });
  });

  it("shows oneOf/anyOf alternatives as variant rows", () => {
    expect(row("media[](1)")).toMatchObject({ variant: true, type: "string (uri)", depth: 1 });
    expect(row("media[](1)")?.constraints).toEqual([{ label: "up to 2000 characters" }]);
    expect(row("media[](2)")).toMatchObject({ variant: true, type: "object" });
  });

  it("states constraints briefly", () => {
    expect(row("post.mentions")?.constraints).toEqual([{ label: "up to 50 items" }]);
    expect(row("post.mentions[].urn")?.constraints).toEqual([{ label: "pattern", value: "^urn:li:.+$" }]);
    expect(row("profiles")).toMatchObject({
      type: "array of string",
      values: ["linkedin"],
      valuesOfItems: true,
    });
    expect(row("profiles")?.constraints).toEqual([{ label: "exactly 1 item" }]);
    expect(row("link.title")?.constraints).toEqual([{ label: "1–200 characters" }]);
    expect(row("limit")?.constraints).toEqual([{ label: "1–100" }, { label: "default", value: "25" }]);
    expect(row("state")?.values).toEqual(["draft", "scheduled"]);
  });

  it("leaves out noise: patterns beside a format and the safe-integer range", () => {
    expect(row("when")).toMatchObject({ type: "string (date-time)", constraints: [] });
    expect(row("count")).toMatchObject({ type: "integer", constraints: [] });
  });

  it("reads type arrays with null as nullable", () => {
    expect(row("note")).toMatchObject({ type: "string", nullable: true });
  });

  it("only links referenced schemas when asked not to expand them", () => {
    const flat = schemaRows(doc, ref("Request"), { expandRefs: false });
    expect(flat.map((r) => r.key)).not.toContain("link.title");
    expect(flat.map((r) => r.key)).not.toContain("media[](1)");
    expect(flat.map((r) => r.key)).toContain("post.mentions[].urn"); // inline objects still open
  });

  it("opens a top-level oneOf as alternatives", () => {
    expect(schemaRows(doc, ref("Item")).map((r) => r.key)).toEqual(["(1)", "(2)", "(2).url", "(2).alt"]);
  });

  it("stops at recursive schemas instead of looping", () => {
    const tree = schemaRows(doc, ref("Node"));
    expect(tree.map((r) => r.key)).toEqual(["name", "children"]);
    expect(tree[1]).toMatchObject({ type: "array of Node", typeRef: "Node" });
  });

  it("answers no rows for a plain value", () => {
    expect(schemaRows(doc, { type: "string" })).toEqual([]);
    expect(summarizeSchema(doc, { type: "string", maxLength: 5 })).toMatchObject({
      type: "string",
      constraints: [{ label: "up to 5 characters" }],
    });
  });
});

describe("constraintsOf", () => {
  it("words ranges", () => {
    expect(constraintsOf({ minLength: 3 })).toEqual([{ label: "at least 3 characters" }]);
    expect(constraintsOf({ minItems: 0 })).toEqual([]);
    expect(constraintsOf({ minimum: 0 })).toEqual([{ label: "≥ 0" }]);
    expect(constraintsOf({ exclusiveMaximum: 1 })).toEqual([{ label: "< 1" }]);
  });

  it("cuts very long patterns short", () => {
    const [pattern] = constraintsOf({ pattern: `^${"a".repeat(200)}$` });
    expect(pattern?.value).toHaveLength(80);
    expect(pattern?.value?.endsWith("…")).toBe(true);
  });
});
