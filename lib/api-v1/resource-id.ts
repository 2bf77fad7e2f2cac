// Ids in /api/v1 paths, queries and bodies are Cadence's cuids. Checking their shape before any
// query means a stray byte (a NUL, a quote) can only ever be a 404 or a field error.
import { z } from "zod";

const RESOURCE_ID = /^[A-Za-z0-9_-]{1,64}$/;

export const isResourceId = (value: string) => RESOURCE_ID.test(value);

export const resourceIdSchema = z.string().regex(RESOURCE_ID, "Not an id from this API.");
