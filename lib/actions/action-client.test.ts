// Actions refuse text PostgreSQL cannot store beside its field, before the action runs.
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { publicAction } from "./action-client";

describe("publicAction", () => {
  const run = vi.fn(async (input: { post: { text: string } }) => input.post.text.length);
  const action = publicAction("test", z.object({ post: z.object({ text: z.string() }) }), run);

  it("refuses a NUL or a lone surrogate with a field error, without running", async () => {
    for (const text of ["a\u0000b", "x\ud800y"]) {
      expect(await action({ post: { text } })).toEqual({
        ok: false,
        error: "Please correct the highlighted fields.",
        fieldErrors: { "post.text": ["Contains a NUL character or a broken UTF-16 surrogate, which is not text."] },
      });
    }
    expect(run).not.toHaveBeenCalled();
  });

  it("runs with storable text, emoji included", async () => {
    expect(await action({ post: { text: "Launch 🚀" } })).toEqual({ ok: true, data: 9 });
  });
});
