// Every 30 minutes: renew LinkedIn access tokens that expire within a week.
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import { refreshExpiringTokens } from "@/lib/services/channels/refresh-expiring-tokens";

export const refreshTokensJob = defineJob({
  name: "channels.refresh-tokens",
  schema: z.looseObject({}),
  queue: { retryLimit: 1, retryDelay: 60, expireInSeconds: 600 },
  concurrency: 1,
  schedule: "*/30 * * * *",
  async handler() {
    await refreshExpiringTokens();
  },
});
