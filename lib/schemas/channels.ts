// Input of the channel actions, shared by forms and actions.
import { z } from "zod";

const id = z.string().min(1, "Missing id.").max(64);
const authorUrn = z
  .string()
  .regex(/^urn:li:(organization|person):[A-Za-z0-9_-]+$/, "Not a LinkedIn Page or profile.");

export const addChannelsSchema = z.object({
  connectionId: id,
  authorUrns: z.array(authorUrn).min(1, "Pick at least one Page or profile.").max(100),
});

export const channelIdSchema = z.object({ channelId: id });
