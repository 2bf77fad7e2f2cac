// The control API under /_sandbox (issue #3): reset, token minting, faults, clock, state,
// config, the route list, and the generated logos/avatars. No auth: it is a local test tool.
import { z } from "zod";
import { configPatchSchema, mergeConfig } from "../config";
import { addFault, faultInputSchema } from "../faults/faults";
import { linkedinError, notFound } from "../http/errors";
import { bytes, json, type Reply } from "../http/reply";
import type { Router } from "../http/router";
import { KNOWN_SCOPES } from "../oauth/scopes";
import { issueAccessToken, revokeMemberTokens, revokeToken } from "../oauth/token-store";
import { avatarColor, renderIdenticonPng, renderInitialsSvg } from "../pages/generated-images";
import { homePage } from "../pages/home-page";
import { SANDBOX_CLIENT_ID } from "../seed";
import { resetState, type SandboxState } from "../state";
import { defaultMember, findMember, findOrganization, personUrnFor } from "../world";
import { parseControlBody } from "./control-body";
import { stateView } from "./state-view";

const mintSchema = z
  .object({
    member: z.string().min(1).default("default"),
    scopes: z.array(z.string().min(1)),
    expiresIn: z.number().int().positive().optional(),
    clientId: z.string().min(1).default(SANDBOX_CLIENT_ID),
  })
  .strict();

const revokeSchema = z.union([
  z.object({ revokeToken: z.string().min(1) }).strict(),
  z.object({ revokeMember: z.string().min(1), clientId: z.string().min(1).optional() }).strict(),
]);

const clockSchema = z
  .object({
    advanceMs: z.number().int().optional(),
    now: z.number().int().nonnegative().optional(),
    frozen: z.boolean().optional(),
  })
  .strict()
  .refine((b) => b.advanceMs !== undefined || b.now !== undefined || b.frozen !== undefined, {
    message: "send advanceMs, now or frozen",
  });

function memberOrThrow(state: SandboxState, id: string) {
  const member = id === "default" ? defaultMember(state.world) : findMember(state.world, id);
  if (!member) throw linkedinError(400, `Unknown member: ${id}`);
  return member;
}

function clockView(state: SandboxState) {
  const now = state.clock.now();
  return { now, iso: new Date(now).toISOString(), frozen: state.clock.isFrozen() };
}

const IMAGE_CACHE = { "Cache-Control": "public, max-age=86400" };

function image(name: string, color: string, seed: string, format: string, shape: "square" | "circle"): Reply {
  return format === "svg"
    ? bytes(200, renderInitialsSvg(name, color, shape), "image/svg+xml", IMAGE_CACHE)
    : bytes(200, renderIdenticonPng(seed, color), "image/png", IMAGE_CACHE);
}

export function registerControlRoutes(router: Router): void {
  router.register({ method: "GET", path: "/", handler: homePage, description: "Home page (HTML)" });

  router.register({
    method: "POST",
    path: "/_sandbox/reset",
    description: "Back to the seeded world (clock, config, tokens, posts, media, faults, counters)",
    handler: (ctx) => {
      resetState(ctx.state);
      return json(200, { reset: true, now: ctx.state.clock.now() });
    },
  });

  router.register({
    method: "POST",
    path: "/_sandbox/tokens",
    description: "Mint an access token without the browser flow",
    handler: (ctx) => {
      const input = parseControlBody(mintSchema, ctx.body);
      const member = memberOrThrow(ctx.state, input.member);
      const app = ctx.state.config.apps[input.clientId];
      if (!app) throw linkedinError(400, `Unknown clientId: ${input.clientId}`);
      const unknown = input.scopes.filter((s) => !KNOWN_SCOPES.has(s));
      if (unknown.length > 0) throw linkedinError(400, `Unknown scopes: ${unknown.join(", ")}`);
      const expiresIn = input.expiresIn ?? app.accessTokenTtlSeconds;
      const token = issueAccessToken(ctx.state, {
        clientId: app.clientId,
        memberId: member.id,
        scopes: [...new Set(input.scopes)],
        authorizedAt: ctx.now(),
        authType: "3L",
        refreshToken: null,
        source: "sandbox",
        ttlSeconds: expiresIn,
      });
      return json(200, {
        access_token: token.token,
        expires_in: expiresIn,
        member_urn: personUrnFor(member.id, app.clientId, SANDBOX_CLIENT_ID),
      });
    },
  });

  router.register({
    method: "GET",
    path: "/_sandbox/faults",
    description: "List active faults",
    handler: (ctx) => json(200, { faults: ctx.state.faults }),
  });
  router.register({
    method: "POST",
    path: "/_sandbox/faults",
    description: "Add a fault, or revoke tokens ({revokeToken} / {revokeMember})",
    handler: (ctx) => {
      const body = ctx.body;
      const isObject = body !== null && typeof body === "object";
      if (isObject && ("revokeToken" in body || "revokeMember" in body)) {
        const input = parseControlBody(revokeSchema, body);
        const revoked =
          "revokeToken" in input
            ? Number(revokeToken(ctx.state, input.revokeToken))
            : revokeMemberTokens(ctx.state, memberOrThrow(ctx.state, input.revokeMember).id, input.clientId);
        return json(200, { revoked });
      }
      return json(201, addFault(ctx.state, parseControlBody(faultInputSchema, body)));
    },
  });
  router.register({
    method: "DELETE",
    path: "/_sandbox/faults",
    description: "Remove every fault",
    handler: (ctx) => {
      const cleared = ctx.state.faults.length;
      ctx.state.faults = [];
      return json(200, { cleared });
    },
  });
  router.register({
    method: "DELETE",
    path: "/_sandbox/faults/{id}",
    description: "Remove one fault",
    handler: (ctx) => {
      const before = ctx.state.faults.length;
      ctx.state.faults = ctx.state.faults.filter((f) => f.id !== ctx.params.id);
      if (ctx.state.faults.length === before) throw notFound(`No fault ${ctx.params.id ?? ""}`);
      return json(200, { cleared: 1 });
    },
  });

  router.register({
    method: "GET",
    path: "/_sandbox/clock",
    description: "Read the sandbox clock",
    handler: (ctx) => json(200, clockView(ctx.state)),
  });
  router.register({
    method: "POST",
    path: "/_sandbox/clock",
    description: "Move the clock: {advanceMs} or {now}; {frozen} stops/starts it",
    handler: (ctx) => {
      const input = parseControlBody(clockSchema, ctx.body);
      if (input.frozen !== undefined) ctx.state.clock.setFrozen(input.frozen);
      if (input.now !== undefined) ctx.state.clock.set(input.now);
      if (input.advanceMs !== undefined) ctx.state.clock.advance(input.advanceMs);
      return json(200, clockView(ctx.state));
    },
  });

  router.register({
    method: "GET",
    path: "/_sandbox/state",
    description: "Posts, media, tokens, counters, faults, world",
    handler: (ctx) => json(200, stateView(ctx.state)),
  });

  router.register({
    method: "GET",
    path: "/_sandbox/config",
    description: "Current configuration",
    handler: (ctx) => json(200, ctx.state.config),
  });
  router.register({
    method: "POST",
    path: "/_sandbox/config",
    description: "Merge a partial configuration (quotas, apps, variants)",
    handler: (ctx) => {
      ctx.state.config = mergeConfig(ctx.state.config, parseControlBody(configPatchSchema, ctx.body));
      return json(200, ctx.state.config);
    },
  });

  router.register({
    method: "GET",
    path: "/_sandbox/routes",
    description: "Registered routes (endpoint keys for quotas and counters)",
    handler: () =>
      json(200, {
        routes: router.list().map((r) => ({
          method: r.method,
          path: r.path,
          endpoint: r.endpoint,
          area: r.area,
          description: r.description,
        })),
      }),
  });

  router.register({
    method: "GET",
    path: "/_sandbox/logos/{file}",
    description: "Generated organization logo: {orgId}.svg or {orgId}.png",
    handler: (ctx) => {
      const match = /^(\d+)\.(svg|png)$/.exec(ctx.params.file ?? "");
      const org = match ? findOrganization(ctx.state.world, Number(match[1])) : undefined;
      if (!match || !org) throw notFound("No such logo");
      return image(org.name, org.color, `org:${org.id}`, match[2] as string, "square");
    },
  });
  router.register({
    method: "GET",
    path: "/_sandbox/avatars/{file}",
    description: "Generated member picture: {memberId}.svg or {memberId}.png",
    handler: (ctx) => {
      const match = /^([A-Za-z0-9]+)\.(svg|png)$/.exec(ctx.params.file ?? "");
      const member = match ? findMember(ctx.state.world, match[1] as string) : undefined;
      if (!match || !member) throw notFound("No such avatar");
      return image(
        `${member.firstName} ${member.lastName}`,
        avatarColor(member.id),
        `member:${member.id}`,
        match[2] as string,
        "circle",
      );
    },
  });
}
