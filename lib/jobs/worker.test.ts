import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pingJob } from "@/lib/jobs/definitions/ping";
import { sendJob } from "@/lib/jobs/send-job";
import { startWorker, type RunningWorker } from "@/lib/jobs/worker";
import { workerId } from "@/lib/jobs/worker-identity";
import { setupTestDatabase } from "@/lib/testing/test-runtime";
import { pollFor } from "@/lib/testing/poll-for";

const database = setupTestDatabase();
let worker: RunningWorker;

beforeAll(async () => {
  worker = await startWorker("embedded");
});

afterAll(async () => {
  await worker.stop();
});

describe("job worker", () => {
  it("runs a job sent through the queue and records who ran it", async () => {
    const prisma = database.runtime().prisma;
    const ping = await prisma.jobPing.create({ data: { requestedBy: "test" } });
    await sendJob(pingJob, { pingId: ping.id });
    const handled = await pollFor(() =>
      prisma.jobPing.findFirst({ where: { id: ping.id, handledAt: { not: null } } }),
    );
    expect(handled.handledBy).toBe(workerId);
  });

  it("runs many jobs, each exactly once", async () => {
    const prisma = database.runtime().prisma;
    const pings = await Promise.all(
      Array.from({ length: 8 }, () => prisma.jobPing.create({ data: { requestedBy: "batch" } })),
    );
    for (const ping of pings) await sendJob(pingJob, { pingId: ping.id });
    await pollFor(
      async () => (await prisma.jobPing.count({ where: { requestedBy: "batch", handledAt: null } })) === 0,
    );
    expect(await prisma.jobPing.count({ where: { requestedBy: "batch", handledBy: workerId } })).toBe(8);
  });

  it("keeps a heartbeat row while running", async () => {
    const beat = await database.runtime().prisma.workerHeartbeat.findUnique({ where: { id: workerId } });
    expect(beat?.mode).toBe("embedded");
  });

  it("rejects a payload that does not match the job's schema before it reaches the queue", async () => {
    await expect(sendJob(pingJob, { pingId: "" })).rejects.toThrow();
  });
});
