// Where an API post goes: `profiles: ["linkedin"]` is every LinkedIn channel of the workspace that
// is not disconnected; `channels` names them. Checked before any media is downloaded, so a post
// that cannot go anywhere is refused at once, with the channel that needs attention named.
import { getDb } from "@/lib/db";
import { ApiProblem } from "../problem";

export async function chooseChannels(
  workspaceId: string,
  placement: { profiles?: string[]; channels?: string[] },
  { publishing }: { publishing: boolean },
): Promise<string[]> {
  const db = await getDb();
  let chosen: { id: string; name: string; status: string }[];
  if (placement.channels) {
    const ids = [...new Set(placement.channels)];
    const found = await db.channel.findMany({
      where: { workspaceId, id: { in: ids } },
      select: { id: true, name: true, status: true },
    });
    const known = new Set(found.map((channel) => channel.id));
    const errors = placement.channels.flatMap((id, index) =>
      known.has(id)
        ? []
        : [{ pointer: `/channels/${index}`, detail: "No channel with this id in the workspace." }],
    );
    if (errors.length)
      throw new ApiProblem(
        "validation-failed",
        `${errors[0]!.pointer}: ${errors[0]!.detail} GET /api/v1/channels lists them.`,
        {
          errors,
        },
      );
    chosen = found;
  } else {
    chosen = await db.channel.findMany({
      where: { workspaceId, status: { not: "DISCONNECTED" } },
      select: { id: true, name: true, status: true },
      orderBy: { createdAt: "asc" },
    });
    if (chosen.length === 0)
      throw new ApiProblem(
        "conflict",
        "This workspace has no LinkedIn channel yet. Connect a Page or profile on the Channels page first.",
      );
  }
  const unavailable = chosen.filter((channel) => channel.status !== "HEALTHY");
  if (publishing && unavailable.length)
    throw new ApiProblem(
      "conflict",
      `Reconnect ${unavailable.map((channel) => channel.name).join(", ")} on the Channels page before publishing to ${unavailable.length === 1 ? "it" : "them"}, or name other channels.`,
    );
  return chosen.map((channel) => channel.id);
}
