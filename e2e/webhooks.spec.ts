// Settings → Webhooks in Chromium: add an endpoint that points to a receiver started by this test,
// copy its secret, send a test event and watch it arrive in the delivery log — and check, as the
// receiver would, that the request is signed per Standard Webhooks. A bad address is refused
// beside the field; then edit, disable, rotate the secret and delete. (The e2e server runs with CADENCE_ALLOW_PRIVATE_URLS=true, so 127.0.0.1 is allowed.)
import { createHmac, timingSafeEqual } from "node:crypto";
import http, { type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, signUp, test } from "./fixtures";

type Received = { headers: IncomingHttpHeaders; body: string };

async function startReceiver(): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      response.writeHead(200, { "Content-Type": "text/plain" }).end("received");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/cadence`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The receiver's check, from the Standard Webhooks spec. */
function verify(secret: string, { headers, body }: Received): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const signed = `${headers["webhook-id"]}.${headers["webhook-timestamp"]}.${body}`;
  const expected = createHmac("sha256", key).update(signed).digest();
  return String(headers["webhook-signature"])
    .split(" ")
    .some((entry) => {
      const [version, value] = entry.split(",");
      const given = Buffer.from(value ?? "", "base64");
      return version === "v1" && given.length === expected.length && timingSafeEqual(given, expected);
    });
}

test("add a webhook endpoint, send a test event, see it delivered and signed, then manage it", async ({
  page,
  account,
}, testInfo) => {
  const receiver = await startReceiver();
  try {
    await signUp(page, account);
    await page.goto("/settings");
    const section = page.getByRole("region", { name: "Webhooks" });
    await expect(section.getByText("No webhook endpoints yet.")).toBeVisible();

    // Every event is ticked by default.
    for (const type of [
      "post.published",
      "post.failed",
      "post.retry_scheduled",
      "channel.expiring",
      "channel.disconnected",
    ])
      await expect(section.getByRole("checkbox", { name: type })).toBeChecked();
    await section.getByLabel("Endpoint URL").fill(receiver.url);
    await section.getByLabel("Description (optional)").fill("E2E receiver");
    await section.getByRole("button", { name: "Add endpoint" }).click();

    const secret = (await section.getByTestId("webhook-secret").locator("code").textContent())!.trim();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    // The only endpoint (not filtered by its address, which is in an input while editing).
    const row = section.getByTestId("webhook-endpoint-row");
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(receiver.url);
    await expect(row).toContainText("E2E receiver");
    await expect(row).toContainText("all events");

    await row.getByRole("button", { name: "Send test event" }).click();
    const delivery = row.getByTestId("webhook-delivery").first();
    await expect(delivery).toContainText("webhook.test");
    await expect(delivery).toContainText("Delivered");
    await expect(delivery).toContainText("HTTP 200");
    await expect(delivery).toContainText("1 attempt");
    // The endpoint's own status follows its latest delivery.
    await expect(row.getByTestId("webhook-endpoint-status")).toHaveText("Delivered");

    // The receiver got exactly one request, signed with the secret shown once.
    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    expect(request!.headers["content-type"]).toBe("application/json");
    expect(request!.headers["user-agent"]).toBe("Cadence-Webhooks/1");
    expect(verify(secret, request!)).toBe(true);
    expect(verify(secret, { ...request!, body: request!.body.replace("webhook.test", "post.failed") })).toBe(
      false,
    );
    const event = JSON.parse(request!.body) as { id: string; type: string };
    expect(event.type).toBe("webhook.test");
    expect(request!.headers["webhook-id"]).toBe(event.id);

    // The log opens to the payload and the headers that were sent.
    await delivery.getByRole("button", { name: /webhook\.test/ }).click();
    await expect(delivery).toContainText(event.id);
    await delivery.getByText("Headers sent").click();
    await expect(delivery.getByText(`webhook-id: ${event.id}`)).toBeVisible();
    await expect(delivery.getByText(String(request!.headers["webhook-signature"]))).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("webhooks.png"), fullPage: true });

    // Bad input: not a web address. Refused beside the field; nothing added.
    await section.getByLabel("Endpoint URL").fill("not a web address");
    await section.getByRole("button", { name: "Add endpoint" }).click();
    await expect(section.getByRole("alert").filter({ hasText: "Enter a complete address" })).toBeVisible();
    await expect(section.getByLabel("Endpoint URL")).toHaveAttribute("aria-invalid", "true");
    await expect(row).toHaveCount(1);
    await page.screenshot({ path: testInfo.outputPath("webhooks-invalid-url.png"), fullPage: true });

    // Edit: fewer events and a new description.
    await row.getByRole("button", { name: "Edit" }).click();
    await row.getByRole("checkbox", { name: "channel.expiring" }).uncheck();
    await row.getByLabel("Description (optional)").fill("E2E receiver, posts only");
    await row.screenshot({ path: testInfo.outputPath("webhooks-edit.png") });
    await row.getByRole("button", { name: "Save endpoint" }).click();
    await expect(row).toContainText("E2E receiver, posts only");
    await expect(row).toContainText(
      "post.published, post.failed, post.retry_scheduled, channel.disconnected",
    );

    // Disable (no test events then), enable again.
    await row.getByRole("button", { name: "Disable" }).click();
    await expect(row.getByText("Disabled", { exact: true })).toBeVisible();
    await expect(row.getByRole("button", { name: "Send test event" })).toBeDisabled();
    await row.getByRole("button", { name: "Enable" }).click();
    await expect(row.getByText("Disabled", { exact: true })).toHaveCount(0);

    // Rotate: a confirmation, then a new secret, shown once; the next event is signed with it.
    await row.getByRole("button", { name: "Rotate secret" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Rotate secret" }).click();
    await expect(section.getByTestId("webhook-secret")).toContainText("New signing secret");
    const rotated = (await section.getByTestId("webhook-secret").locator("code").textContent())!.trim();
    expect(rotated).not.toBe(secret);
    await row.getByRole("button", { name: "Send test event" }).click();
    await expect(row.getByTestId("webhook-delivery")).toHaveCount(2);
    await expect(row.getByTestId("webhook-delivery").first()).toContainText("Delivered");
    expect(receiver.received).toHaveLength(2);
    expect(verify(rotated, receiver.received[1]!)).toBe(true);
    expect(verify(secret, receiver.received[1]!)).toBe(false);

    // Delete, after a confirmation (focus starts on Cancel; Escape would keep it).
    await row.getByRole("button", { name: "Delete" }).click();
    await expect(page.getByRole("alertdialog").getByRole("button", { name: "Cancel" })).toBeFocused();
    await page.screenshot({ path: testInfo.outputPath("webhooks-delete-confirm.png") });
    await page.getByRole("alertdialog").getByRole("button", { name: "Delete endpoint" }).click();
    await expect(section.getByText("No webhook endpoints yet.")).toBeVisible();
  } finally {
    await receiver.close();
  }
});
