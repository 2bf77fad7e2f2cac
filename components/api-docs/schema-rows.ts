// Turns a JSON Schema (draft 2020-12, as OpenAPI 3.1 uses) into the rows of a property table:
// one row per property, nested objects and array items indented under their parent, `oneOf` /
// `anyOf` alternatives as "one of" rows, and a short list of the constraints worth reading.
import { asArray, asString, deref, isObject, schemaRefName, type JsonObject } from "./resolve-ref";

export type Constraint = { label: string; value?: string };

export type SchemaSummary = {
  /** "string (uri)", "array of MediaItem", "object", "one of"… */
  type: string;
  /** The component schema the type names, for a link ("MediaItem" in "array of MediaItem"). */
  typeRef?: string;
  nullable: boolean;
  description?: string;
  constraints: Constraint[];
  /** Allowed values (enum or const), as written in JSON (strings without quotes). */
  values?: string[];
  /** The allowed values are those of each array item, not of the field. */
  valuesOfItems?: boolean;
  deprecated?: boolean;
};

export type SchemaRow = SchemaSummary & {
  /** Unique within the table: the dotted path ("post.mentions[].urn"). */
  key: string;
  /** The property's name, or "Option 1" for a `oneOf` / `anyOf` alternative. */
  name: string;
  depth: number;
  /** A `oneOf` / `anyOf` alternative rather than a property. */
  variant?: boolean;
  required: boolean;
};

export type SchemaRowOptions = {
  /** Expand referenced component schemas inline (request bodies) or only link them (schema list). */
  expandRefs?: boolean;
  /** Nesting depth at which expansion stops. */
  maxDepth?: number;
};

// zod writes the safe-integer range on every integer; it says nothing a reader needs.
const SAFE = Number.MAX_SAFE_INTEGER;
const LONG_PATTERN = 80;

const isNullSchema = (value: unknown) =>
  isObject(value) &&
  (value.type === "null" || (Array.isArray(value.type) && value.type.every((t) => t === "null")));

const jsonValue = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));

function alternativesOf(schema: JsonObject): unknown[] | undefined {
  const alternatives = Array.isArray(schema.oneOf)
    ? schema.oneOf
    : Array.isArray(schema.anyOf)
      ? schema.anyOf
      : undefined;
  return alternatives;
}

function plural(count: number, noun: string) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function range(min: number | undefined, max: number | undefined, noun: string): string | undefined {
  if (min !== undefined && max !== undefined)
    return min === max ? `exactly ${plural(min, noun)}` : `${min}–${plural(max, noun)}`;
  if (max !== undefined) return `up to ${plural(max, noun)}`;
  if (min !== undefined && min > 0) return `at least ${plural(min, noun)}`;
  return undefined;
}

const num = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : undefined);

/** The constraints of one schema (not of its children), briefly. */
export function constraintsOf(schema: JsonObject): Constraint[] {
  const constraints: Constraint[] = [];
  const push = (label: string | undefined, value?: string) => {
    if (label) constraints.push(value === undefined ? { label } : { label, value });
  };
  push(range(num(schema.minLength), num(schema.maxLength), "character"));
  push(range(num(schema.minItems), num(schema.maxItems), "item"));
  push(range(num(schema.minProperties), num(schema.maxProperties), "property"));
  if (schema.uniqueItems === true) push("unique items");

  const minimum = num(schema.minimum);
  const maximum = num(schema.maximum);
  const hasMin = minimum !== undefined && Math.abs(minimum) < SAFE;
  const hasMax = maximum !== undefined && Math.abs(maximum) < SAFE;
  if (hasMin && hasMax) push(`${minimum}–${maximum}`);
  else if (hasMin) push(`≥ ${minimum}`);
  else if (hasMax) push(`≤ ${maximum}`);
  const exclusiveMinimum = num(schema.exclusiveMinimum);
  const exclusiveMaximum = num(schema.exclusiveMaximum);
  if (exclusiveMinimum !== undefined && Math.abs(exclusiveMinimum) < SAFE) push(`> ${exclusiveMinimum}`);
  if (exclusiveMaximum !== undefined && Math.abs(exclusiveMaximum) < SAFE) push(`< ${exclusiveMaximum}`);
  if (num(schema.multipleOf) !== undefined) push("multiple of", String(schema.multipleOf));

  // A format (date-time, uri…) already says what the value looks like; its generated pattern
  // would only be noise. Very long patterns are cut short.
  const pattern = asString(schema.pattern);
  if (pattern && !schema.format) {
    push("pattern", pattern.length > LONG_PATTERN ? `${pattern.slice(0, LONG_PATTERN - 1)}…` : pattern);
  }
  if (schema.default !== undefined) push("default", jsonValue(schema.default));
  if (schema.readOnly === true) push("read-only");
  if (schema.writeOnly === true) push("write-only");
  return constraints;
}

function baseType(schema: JsonObject): string {
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter(
    (type): type is string => typeof type === "string" && type !== "null",
  );
  if (types.length > 1) return types.join(" or ");
  const type = types[0];
  if (type) return type;
  if (schema.const !== undefined) return schema.const === null ? "null" : typeof schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length) {
    const kinds = [...new Set(schema.enum.filter((value) => value !== null).map((value) => typeof value))];
    if (kinds.length === 1) return kinds[0]!;
  }
  if (isObject(schema.properties) || isObject(schema.additionalProperties)) return "object";
  if (schema.items !== undefined) return "array";
  return "any";
}

function valuesOf(schema: JsonObject): string[] | undefined {
  if (schema.const !== undefined) return [jsonValue(schema.const)];
  if (Array.isArray(schema.enum)) return schema.enum.map(jsonValue);
  return undefined;
}

/** What one schema is, for a table row: type, link, nullability, constraints and allowed values. */
export function summarizeSchema(doc: unknown, raw: unknown, seen: string[] = []): SchemaSummary {
  const ref = schemaRefName(raw);
  const { value, refs } = deref(doc, raw);
  if (!value || refs.some((r) => seen.includes(r))) {
    return { type: ref ?? "any", typeRef: ref, nullable: false, constraints: [] };
  }
  const schema = value;
  let description = asString(schema.description);
  const deprecated = schema.deprecated === true || undefined;

  const alternatives = alternativesOf(schema);
  if (alternatives) {
    const nonNull = alternatives.filter((alternative) => !isNullSchema(alternative));
    const nullable = nonNull.length < alternatives.length;
    if (nonNull.length === 1) {
      // `X | null`: the row is X, nullable; the wrapper's description wins.
      const inner = summarizeSchema(doc, nonNull[0], [...seen, ...refs]);
      return { ...inner, nullable: true, description: description ?? inner.description, deprecated };
    }
    return {
      type: ref ?? "one of",
      typeRef: ref,
      nullable,
      description,
      constraints: constraintsOf(schema),
      deprecated,
    };
  }

  const nullable =
    (Array.isArray(schema.type) && schema.type.includes("null")) ||
    (Array.isArray(schema.enum) && schema.enum.includes(null));
  const type = baseType(schema);
  const constraints = constraintsOf(schema);
  let values = valuesOf(schema);
  let valuesOfItems: boolean | undefined;
  let typeText = type;
  let typeRef = ref;

  if (type === "array" && !ref) {
    const items = summarizeSchema(doc, schema.items, [...seen, ...refs]);
    typeText = `array of ${items.type}`;
    typeRef = items.typeRef;
    // An array of a component says what it is through the component's description.
    if (items.typeRef) description ??= items.description;
    // Arrays of plain values: the items' own rules belong on the array's row.
    if (!items.typeRef && items.type !== "object" && items.type !== "one of") {
      constraints.push(...items.constraints.map((c) => ({ ...c, label: `each: ${c.label}` })));
      if (items.values) {
        values = items.values;
        valuesOfItems = true;
      }
    }
  } else if (ref) {
    typeText = ref;
  } else if (schema.format && type !== "object") {
    typeText = `${type} (${String(schema.format)})`;
  }

  return {
    type: typeText,
    typeRef,
    nullable,
    description,
    constraints,
    ...(values ? { values } : {}),
    ...(valuesOfItems ? { valuesOfItems } : {}),
    ...(deprecated ? { deprecated } : {}),
  };
}

/** The rows of a property table for `schema`: its properties (or alternatives), nested. */
export function schemaRows(doc: unknown, schema: unknown, options: SchemaRowOptions = {}): SchemaRow[] {
  const rows: SchemaRow[] = [];
  const expandRefs = options.expandRefs ?? true;
  const maxDepth = options.maxDepth ?? 6;

  const walk = (raw: unknown, depth: number, path: string, stack: string[], top: boolean) => {
    if (depth > maxDepth) return;
    // The top schema is always opened; a referenced one inside it only when asked to.
    if (!top && !expandRefs && schemaRefName(raw)) return;
    const { value: schema, refs } = deref(doc, raw);
    if (!schema || refs.some((ref) => stack.includes(ref))) return; // broken, or a cycle: the row links it
    const inside = [...stack, ...refs];

    const alternatives = alternativesOf(schema);
    if (alternatives) {
      const nonNull = alternatives.filter((alternative) => !isNullSchema(alternative));
      if (nonNull.length === 1) {
        walk(nonNull[0], depth, path, inside, false);
        return;
      }
      nonNull.forEach((alternative, index) => {
        const key = `${path}(${index + 1})`;
        rows.push({
          ...summarizeSchema(doc, alternative, inside),
          key,
          name: `Option ${index + 1}`,
          depth,
          variant: true,
          required: false,
        });
        walk(alternative, depth + 1, key, inside, false);
      });
      return;
    }

    for (const part of asArray(schema.allOf)) walk(part, depth, path, inside, false);

    if (isObject(schema.properties)) {
      const required = asArray(schema.required);
      for (const [name, property] of Object.entries(schema.properties)) {
        const key = path ? `${path}.${name}` : name;
        const summary = summarizeSchema(doc, property, inside);
        rows.push({ ...summary, key, name, depth, required: required.includes(name) });
        walk(property, depth + 1, key, inside, false);
      }
    }
    if (isObject(schema.additionalProperties)) {
      const key = `${path}.*`;
      rows.push({
        ...summarizeSchema(doc, schema.additionalProperties, inside),
        key,
        name: "[any key]",
        depth,
        required: false,
      });
      walk(schema.additionalProperties, depth + 1, key, inside, false);
    }
    if (schema.items !== undefined && !isObject(schema.properties)) {
      // An array's item fields sit one level under the array's own row, at this depth.
      walk(schema.items, depth, `${path}[]`, inside, false);
    }
  };

  walk(schema, 0, "", [], true);
  return rows;
}
