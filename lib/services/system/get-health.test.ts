import { describe, expect, it } from "vitest";
import { startWorker } from "@/lib/jobs/worker";
import { getHealth } from "@/lib/services/system/get-health";
import { setupTestDatabase } from "@/lib/testing/test-runtime";

const database = setupTestDatabase();

describe("getHealth", () => {
  it("is degraded while no worker reports, and ok once one does", async () => {
    const before = await getHealth();
    expect(before.status).toBe("degraded");
    expect(before.checks.database.ok).toBe(true);
    expect(before.checks.migrations).toMatchObject({ ok: true, pending: [] });
    expect(before.checks.worker).toMatchObject({ ok: false, workers: [] });

    const worker = await startWorker("embedded");
    try {
      const after = await getHealth();
      expect(after.status).toBe("ok");
      expect(after.mode).toBe(database.runtime().mode);
      expect(after.checks.queue.ok).toBe(true);
      expect(after.checks.worker.workers).toHaveLength(1);
    } finally {
      await worker.stop();
    }
  });

  it("reports pending migrations when the database is behind", async () => {
    await database.runtime().sql.query(`DELETE FROM "_prisma_migrations"`);
    const health = await getHealth();
    expect(health.checks.migrations.ok).toBe(false);
    expect(health.checks.migrations.pending.length).toBeGreaterThan(0);
  });
});
