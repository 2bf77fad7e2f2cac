// Hourly: warn about LinkedIn access that ends within 14, 7 or 1 days.
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import { sendExpiryWarnings } from "@/lib/services/channels/send-expiry-warnings";

export const expiryWarningsJob = defineJob({
  name: "channels.expiry-warnings",
  schema: z.looseObject({}),
  queue: { retryLimit: 1, retryDelay: 60, expireInSeconds: 600 },
  concurrency: 1,
  schedule: "7 * * * *",
  async handler() {
    await sendExpiryWarnings();
  },
});
