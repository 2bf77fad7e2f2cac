// GET /api/v1/channels: the workspace's LinkedIn Pages and profiles, for `channels` in a post.
import { apiRoute, json } from "@/lib/api-v1/api-route";
import { listApiChannels } from "@/lib/api-v1/list-api-channels";

export const dynamic = "force-dynamic";

export const GET = apiRoute("GET /api/v1/channels", async ({ auth }) => json(await listApiChannels(auth.workspaceId)));
