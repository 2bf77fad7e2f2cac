// Rest.li projections, e.g. `projection=(elements*(organization,roleAssignee,role))` (doc §5.1):
// keep only the named fields. `x*` applies to each array item; `x~` / `x~:field` name a
// decorated field that entity builders add only when asked (see wantsDecoration).
import { badRequest } from "../http/errors";

export type Projection = Map<string, Projection | true>;

/** Parses a projection string; empty → null (no projection). Throws 400 on bad syntax. */
export function parseProjection(input: string | undefined): Projection | null {
  if (input === undefined || input.trim() === "") return null;
  let pos = 0;
  const text = input.replace(/\s+/g, "");
  const fail = (): never => {
    throw badRequest(`Invalid projection "${input}" at offset ${pos}`);
  };
  const parseFields = (): Projection => {
    if (text[pos] !== "(") fail();
    pos++;
    const fields: Projection = new Map();
    while (text[pos] !== ")") {
      const match = /^[A-Za-z0-9_$]+[*]?(~(:[A-Za-z0-9_$]+)?)?/.exec(text.slice(pos));
      if (!match) fail();
      const token = (match as RegExpExecArray)[0];
      pos += token.length;
      // `logoV2(original~:playableStreams)` keeps the decorated key `original~`.
      const name = token.replace(/[*]/, "").replace(/~:.*$/, "~");
      fields.set(name, text[pos] === "(" ? parseFields() : true);
      if (text[pos] === ",") pos++;
      else if (text[pos] !== ")") fail();
    }
    pos++;
    return fields;
  };
  const tree = parseFields();
  if (pos !== text.length) fail();
  return tree;
}

function applyToValue(value: unknown, tree: Projection): unknown {
  if (Array.isArray(value)) return value.map((item) => applyToValue(item, tree));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [name, sub] of tree) {
    if (!Object.hasOwn(value, name)) continue;
    const field = (value as Record<string, unknown>)[name];
    out[name] = sub === true ? field : applyToValue(field, sub);
  }
  return out;
}

/**
 * Applies a projection to a response: to each finder element (`elements*(…)` or a bare field
 * list), to each batch result, or to a single entity. Paging and batch statuses/errors are kept.
 */
export function applyProjection<T>(response: T, tree: Projection | null): T {
  if (!tree || response === null || typeof response !== "object") return response;
  const record = response as Record<string, unknown>;
  if (Array.isArray(record.elements)) {
    const sub = tree.get("elements");
    const elementTree = sub === undefined ? tree : sub === true ? null : sub;
    return {
      ...record,
      elements: elementTree ? applyToValue(record.elements, elementTree) : record.elements,
    } as T;
  }
  if (record.results !== null && typeof record.results === "object" && "statuses" in record) {
    const sub = tree.get("results");
    const resultTree = sub === undefined ? tree : sub === true ? null : sub;
    if (!resultTree) return response;
    const results = Object.fromEntries(
      Object.entries(record.results as Record<string, unknown>).map(([k, v]) => [
        k,
        applyToValue(v, resultTree),
      ]),
    );
    return { ...record, results } as T;
  }
  return applyToValue(response, tree) as T;
}

/** Whether the projection asks for a decorated field such as `original~` anywhere in the tree. */
export function wantsDecoration(tree: Projection | null, decorated: string): boolean {
  if (!tree) return false;
  for (const [name, sub] of tree) {
    if (name === decorated) return true;
    if (sub !== true && wantsDecoration(sub, decorated)) return true;
  }
  return false;
}
