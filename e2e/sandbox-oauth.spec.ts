// The LinkedIn sandbox's OAuth flow in a real browser: authorize → consent page → redirect back
// with code and state → token. Uses the sandbox that `npm start` runs beside Cadence.
import { expect, test } from "@playwright/test";
import { sandboxUrl } from "./fixtures";

const redirectUri = "http://localhost:3999/linkedin/callback";

function authorizeUrl(state: string, scope = "openid profile email w_member_social") {
  const params = new URLSearchParams({
    response_type: "code",
    client_id: "cadence-sandbox",
    redirect_uri: redirectUri,
    state,
    scope,
  });
  return `${sandboxUrl}/oauth/v2/authorization?${params.toString().replace(/\+/g, "%20")}`;
}

/** Captures the redirect to the (not running) callback instead of loading it. */
async function captureCallback(page: import("@playwright/test").Page): Promise<() => URL> {
  let captured: URL | undefined;
  await page.route(`${redirectUri}**`, async (route) => {
    captured = new URL(route.request().url());
    await route.fulfill({ status: 200, contentType: "text/html", body: "<h1>callback</h1>" });
  });
  return () => {
    if (!captured) throw new Error("no callback yet");
    return captured;
  };
}

test("approving on the consent page returns a code and state that exchange for a token", async ({
  page,
  request,
}) => {
  const callback = await captureCallback(page);
  await page.goto(authorizeUrl("state-123"));
  await expect(page.getByRole("radio", { name: "Priya Shah" })).toBeVisible();
  await page.getByRole("radio", { name: "Priya Shah" }).check();
  await page.getByRole("button", { name: "Allow" }).click();
  await expect(page.getByRole("heading", { name: "callback" })).toBeVisible();

  const url = callback();
  expect(url.searchParams.get("state")).toBe("state-123");
  const code = url.searchParams.get("code");
  expect(code).toBeTruthy();

  const token = await request.post(`${sandboxUrl}/oauth/v2/accessToken`, {
    form: {
      grant_type: "authorization_code",
      code: code!,
      client_id: "cadence-sandbox",
      client_secret: "cadence-sandbox-secret",
      redirect_uri: redirectUri,
    },
  });
  expect(token.status()).toBe(200);
  const body = await token.json();
  expect(body.expires_in).toBe(5184000);
  expect(body.scope.split(/[\s,]+/).sort()).toEqual(["email", "openid", "profile", "w_member_social"]);

  const userinfo = await request.get(`${sandboxUrl}/v2/userinfo`, {
    headers: { Authorization: `Bearer ${body.access_token}` },
  });
  expect((await userinfo.json()).name).toBe("Priya Shah");

  // The code is single use.
  const again = await request.post(`${sandboxUrl}/oauth/v2/accessToken`, {
    form: {
      grant_type: "authorization_code",
      code: code!,
      client_id: "cadence-sandbox",
      client_secret: "cadence-sandbox-secret",
      redirect_uri: redirectUri,
    },
  });
  expect(again.status()).toBe(400);
});

test("refusing and cancelling redirect back with LinkedIn's errors and the state", async ({ page }) => {
  const callback = await captureCallback(page);
  await page.goto(authorizeUrl("refuse-state"));
  await page.getByRole("button", { name: "Refuse" }).click();
  await expect(page.getByRole("heading", { name: "callback" })).toBeVisible();
  expect(callback().searchParams.get("error")).toBe("user_cancelled_authorize");
  expect(callback().searchParams.get("state")).toBe("refuse-state");

  await page.goto(authorizeUrl("cancel-state"));
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("heading", { name: "callback" })).toBeVisible();
  expect(callback().searchParams.get("error")).toBe("user_cancelled_login");
  expect(callback().searchParams.get("state")).toBe("cancel-state");
});
