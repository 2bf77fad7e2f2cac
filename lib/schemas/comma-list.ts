// "a, B ,c" → ["a", "b", "c"]: a comma-separated setting or query parameter, trimmed, lower-cased,
// empty items dropped. Pipe it into the array schema of the allowed values.
import { z } from "zod";

export const commaListSchema = z.string().transform((value) =>
  value
    .split(",")
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean),
);
