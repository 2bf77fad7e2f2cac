// The public API against the running server and its worker: the seed's one-request example (only
// the host, the media host and the key changed) publishes a video on the sandbox, GET then shows
// it published with its URN, and the post appears on the Posts page like one written in Cadence.
import { connectPages, expect, sandboxUrl, signUp, test } from "./fixtures";

test("one request publishes a video post; GET shows it published with its URN", async ({ page, account, request }, testInfo) => {
  test.setTimeout(180_000);
  await signUp(page, account);
  await connectPages(page, ["Northwind Coffee"]);

  await page.goto("/settings");
  await page.getByLabel("New key name").fill("Release bot");
  await page.getByRole("button", { name: "Create key" }).click();
  const key = (await page.getByTestId("api-key-secret").locator("code").textContent())!.trim();
  const authorization = { Authorization: `Bearer ${key}` };

  // Bad input first: nothing to say and nowhere to say it.
  const refused = await request.post("/api/v1/posts", { headers: authorization, data: { post: { body: "" } } });
  expect(refused.status()).toBe(422);
  expect(refused.headers()["content-type"]).toBe("application/problem+json");
  const problem = await refused.json();
  expect(problem.type).toBe("/docs/api#problem-validation-failed");
  expect(problem.errors.map((error: { pointer: string }) => error.pointer)).toContain("/profiles");

  const created = await request.post("/api/v1/posts", {
    headers: authorization,
    data: {
      post: { body: "We just shipped…" },
      profiles: ["linkedin"],
      media: [`${sandboxUrl}/_sandbox/samples/video.mp4`],
    },
  });
  expect(created.status()).toBe(202);
  const post = await created.json();
  expect(post).toMatchObject({ kind: "video", status: "scheduled" });

  await expect
    .poll(
      async () => (await (await request.get(`/api/v1/posts/${post.id}`, { headers: authorization })).json()).status,
      { timeout: 120_000, intervals: [500, 1000, 2000] },
    )
    .toBe("published");
  const published = await (await request.get(`/api/v1/posts/${post.id}`, { headers: authorization })).json();
  expect(published.targets).toHaveLength(1);
  expect(published.targets[0]).toMatchObject({ state: "published", channel: { name: "Northwind Coffee" } });
  expect(published.targets[0].linkedin_urn).toMatch(/^urn:li:(share|ugcPost):\d+$/);

  await page.goto("/posts");
  const row = page.getByText("We just shipped…").first();
  await expect(row).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("public-api-post-on-posts-page.png"), fullPage: true });
});
