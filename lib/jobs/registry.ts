// Every job kind Cadence runs. A worker subscribes to all of them.
import type { JobDefinition } from "@/lib/jobs/define-job";
import { apiHousekeepingJob } from "@/lib/jobs/definitions/api-housekeeping";
import { deliverWebhookJob } from "@/lib/jobs/definitions/deliver-webhook";
import { expiryWarningsJob } from "@/lib/jobs/definitions/expiry-warnings";
import { pingJob } from "@/lib/jobs/definitions/ping";
import { publishTargetJob } from "@/lib/jobs/definitions/publish-target";
import { refreshTokensJob } from "@/lib/jobs/definitions/refresh-tokens";
import { scheduleAnalyticsJob } from "@/lib/jobs/definitions/schedule-analytics";
import { syncAnalyticsJob } from "@/lib/jobs/definitions/sync-analytics";

export const jobs: JobDefinition[] = [
  pingJob,
  refreshTokensJob,
  expiryWarningsJob,
  publishTargetJob,
  syncAnalyticsJob,
  scheduleAnalyticsJob,
  apiHousekeepingJob,
  deliverWebhookJob,
];
