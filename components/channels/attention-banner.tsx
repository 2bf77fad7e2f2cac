import { AlertTriangle } from "lucide-react";
import Link from "next/link";
import { countChannelsNeedingAttention } from "@/lib/services/channels/count-channels-needing-attention";

/** Shown above every dashboard page while a channel needs a reconnect or is about to. */
export async function AttentionBanner({ workspaceId }: { workspaceId: string }) {
  const { broken, expiring } = await countChannelsNeedingAttention({ workspaceId });
  if (broken + expiring === 0) return null;
  const message =
    broken > 0
      ? `${broken} channel${broken === 1 ? " needs" : "s need"} to be reconnected before posts can go out.`
      : `LinkedIn access for ${expiring} channel${expiring === 1 ? "" : "s"} ends within 14 days.`;
  return (
    <div
      role="status"
      className="mb-6 flex items-center gap-3 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
    >
      <AlertTriangle className="size-4 shrink-0" aria-hidden />
      <span className="flex-1">{message}</span>
      <Link href="/channels" className="font-medium underline underline-offset-2">
        Review channels
      </Link>
    </div>
  );
}
