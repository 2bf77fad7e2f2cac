// Publishes one target when it is due. The database row is the truth and the job only wakes the
// work: a job for an old revision, a target someone else claimed or one not yet due does nothing.
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import { publishTarget } from "@/lib/services/publishing/publish-target";

export const publishTargetJob = defineJob({
  name: "publish.target",
  schema: z.object({ targetId: z.string().min(1).max(64), revision: z.number().int().positive() }),
  // Retries are the engine's (per error class, with the reason shown); pg-boss only delivers.
  queue: { retryLimit: 0, expireInSeconds: 1800 },
  // Mostly waiting on LinkedIn (uploads, processing, creates), so several run side by side.
  concurrency: 8,
  async handler({ targetId, revision }) {
    await publishTarget({ targetId, revision });
  },
});
