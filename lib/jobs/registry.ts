// Every job kind Cadence runs. A worker subscribes to all of them.
import type { JobDefinition } from "@/lib/jobs/define-job";
import { pingJob } from "@/lib/jobs/definitions/ping";

export const jobs: JobDefinition[] = [pingJob];
