// Benchmark: upload a generated 200 MB MP4 with lib/linkedin's uploadVideo (4 MiB parts, bounded
// concurrency, streamed from disk) to the LinkedIn sandbox, and in the same run a raw streamed HTTP
// PUT of the same bytes; print both throughputs, their ratio (target ≥ 0.8) and the uploader's
// peak RSS growth (target < 150 MB whatever the file size). The servers run in a child process so
// the RSS figure is the uploader's alone. Prints figures; asserts nothing.
//
//   npx tsx --expose-gc bench/video-upload.ts [--size-mb 200] [--rounds 3] [--concurrency 3] [--json]
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  createLinkedInClient,
  createLinkedInConfig,
  uploadVideo,
  waitForMediaAvailable,
  type LinkedInClient,
} from "@/lib/linkedin";
import { writeMp4File } from "@/sandbox/fixtures";
import { SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET } from "@/sandbox/seed";
import { rawPut } from "./support/raw-put";
import { measureRss, type RssReport } from "./support/rss-sampler";
import { startBenchServer, type BenchServer } from "./support/start-bench-server";

const { values } = parseArgs({
  options: {
    "size-mb": { type: "string", default: "200" },
    rounds: { type: "string", default: "3" },
    concurrency: { type: "string", default: "3" },
    json: { type: "boolean", default: false },
  },
});
const SIZE = Math.round(Number(values["size-mb"]) * 1024 * 1024);
const ROUNDS = Math.max(1, Number(values.rounds));
const CONCURRENCY = Number(values.concurrency);
const MiB = 1024 * 1024;

interface Round {
  seconds: number;
  mibPerSecond: number;
  rss: RssReport;
}

async function timed(run: () => Promise<unknown>): Promise<Round> {
  const started = process.hrtime.bigint();
  const { rss } = await measureRss(run);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { seconds, mibPerSecond: SIZE / MiB / seconds, rss };
}

async function memberClient(server: BenchServer): Promise<LinkedInClient> {
  const res = await fetch(`${server.sandboxUrl}/_sandbox/tokens`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ member: "default", scopes: ["w_member_social"] }),
  });
  const { access_token } = (await res.json()) as { access_token: string };
  const now = new Date();
  const config = createLinkedInConfig({
    target: "sandbox",
    oauthBaseUrl: `${server.sandboxUrl}/oauth/v2`,
    apiBaseUrl: server.sandboxUrl,
    // The sandbox follows the wall clock here: the current month is an active version.
    apiVersion: `${now.getUTCFullYear()}${String(now.getUTCMonth() + 1).padStart(2, "0")}`,
    clientId: SANDBOX_CLIENT_ID,
    clientSecret: SANDBOX_CLIENT_SECRET,
    timeoutMs: 60_000,
  });
  return createLinkedInClient({ accessToken: access_token, grantedScopes: ["w_member_social"], config });
}

const best = (rounds: Round[]) => rounds.reduce((a, b) => (b.mibPerSecond > a.mibPerSecond ? b : a));
const mib = (bytes: number) => (bytes / MiB).toFixed(1);

async function main() {
  const dir = await mkdtemp(join(tmpdir(), "cadence-bench-video-"));
  const path = join(dir, "video.mp4");
  const warmPath = join(dir, "warm-up.mp4");
  const server = await startBenchServer();
  try {
    await writeMp4File(path, { durationSeconds: 600, sizeBytes: SIZE, width: 1920, height: 1080 });
    await writeMp4File(warmPath, { durationSeconds: 10, sizeBytes: 16 * MiB });
    const client = await memberClient(server);
    const owner = "urn:li:person:8kQvT3mZpA";
    const upload = async (file: string) => {
      const { urn, partsUploaded } = await uploadVideo(client, {
        owner,
        source: { path: file },
        concurrency: CONCURRENCY,
      });
      return { urn, partsUploaded };
    };

    // Warm-up: JIT, connection pools, the page cache for both files.
    await rawPut(`${server.sinkUrl}?discard=1`, path);
    await upload(warmPath);

    const raw: Round[] = [];
    const rawDiscard: Round[] = [];
    const lib: Round[] = [];
    let lastUrn = "";
    for (let round = 0; round < ROUNDS; round++) {
      raw.push(await timed(() => rawPut(server.sinkUrl, path)));
      rawDiscard.push(await timed(() => rawPut(`${server.sinkUrl}?discard=1`, path)));
      lib.push(
        await timed(async () => {
          lastUrn = (await upload(path)).urn;
        }),
      );
    }
    // Not timed: the sandbox really accepts the upload (its processing delay is 5 s).
    const processed = await waitForMediaAvailable(client, {
      urn: lastUrn as `urn:li:video:${string}`,
      initialDelayMs: 1_000,
    });

    const rawBest = best(raw);
    const libBest = best(lib);
    const figures = {
      fileMiB: SIZE / MiB,
      parts: Math.ceil(SIZE / 4_194_304),
      concurrency: CONCURRENCY,
      rounds: ROUNDS,
      rawMiBps: rawBest.mibPerSecond,
      rawDiscardMiBps: best(rawDiscard).mibPerSecond,
      libMiBps: libBest.mibPerSecond,
      ratio: libBest.mibPerSecond / rawBest.mibPerSecond,
      ratioVsDiscard: libBest.mibPerSecond / best(rawDiscard).mibPerSecond,
      libPeakRssGrowthMiB: Math.max(...lib.map((r) => r.rss.growthBytes)) / MiB,
      rawPeakRssGrowthMiB: Math.max(...raw.map((r) => r.rss.growthBytes)) / MiB,
      processMaxRssMiB: (process.resourceUsage().maxRSS * 1024) / MiB,
      processed: processed.outcome,
      allRounds: {
        raw: raw.map((r) => +r.mibPerSecond.toFixed(1)),
        rawDiscard: rawDiscard.map((r) => +r.mibPerSecond.toFixed(1)),
        lib: lib.map((r) => +r.mibPerSecond.toFixed(1)),
      },
    };
    if (values.json) {
      console.log(JSON.stringify(figures));
      return;
    }
    console.log(
      `video-upload: ${figures.fileMiB} MiB MP4, ${figures.parts} parts, concurrency ${CONCURRENCY}, best of ${ROUNDS}`,
    );
    console.log(
      `  raw PUT → sink (sandbox receiver)  ${figures.rawMiBps.toFixed(1).padStart(7)} MiB/s   rounds ${figures.allRounds.raw.join(", ")}`,
    );
    console.log(
      `  raw PUT → sink (discard)           ${figures.rawDiscardMiBps.toFixed(1).padStart(7)} MiB/s   rounds ${figures.allRounds.rawDiscard.join(", ")}`,
    );
    console.log(
      `  lib/linkedin uploadVideo → sandbox ${figures.libMiBps.toFixed(1).padStart(7)} MiB/s   rounds ${figures.allRounds.lib.join(", ")}`,
    );
    console.log(
      `  ratio lib / raw                    ${figures.ratio.toFixed(2).padStart(7)}         (target ≥ 0.8; vs discard ${figures.ratioVsDiscard.toFixed(2)})`,
    );
    console.log(
      `  uploader peak RSS growth           ${figures.libPeakRssGrowthMiB.toFixed(1).padStart(7)} MiB     (target < 150; raw PUT ${figures.rawPeakRssGrowthMiB.toFixed(1)} MiB)`,
    );
    console.log(
      `  uploader process maxRSS            ${figures.processMaxRssMiB.toFixed(1).padStart(7)} MiB     (whole run, tsx and warm-up included)`,
    );
    console.log(`  sandbox verdict on the last upload ${figures.processed}`);
    console.log(
      `  (RSS before the lib upload: ${mib(libBest.rss.baselineBytes)} MiB, ${libBest.rss.samples} samples)`,
    );
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
