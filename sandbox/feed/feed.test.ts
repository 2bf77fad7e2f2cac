// The human view: GET /feed/update/{urn} renders a post as LinkedIn displays it.
import { describe, expect, it } from "vitest";
import { makeMp4, makePdf, makePng, makeSrt } from "../fixtures";
import { escapeLittle } from "../posts/little-text";
import {
  ALEX_URN,
  createPost,
  enc,
  finalizeVideo,
  fullToken,
  initializeVideo,
  NORTHWIND,
  put,
  restDelete,
  textPost,
  uploadSingle,
  uploadVideoParts,
} from "../testing/linkedin-test-helpers";
import { advanceClock, restGet, setupTestSandbox } from "../testing/sandbox-test-kit";

const t = setupTestSandbox();

async function page(urn: string) {
  const res = await fetch(`${t.url}/feed/update/${urn}`, { headers: { Accept: "text/html" } });
  return { status: res.status, html: await res.text() };
}

/** The commentary as a reader sees it: the text of the commentary element, entities decoded. */
function shownCommentary(html: string): string {
  const match = /<div class="commentary" data-testid="commentary">([\s\S]*?)<\/div>/.exec(html);
  if (!match) throw new Error("no commentary element");
  return (match[1] as string)
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

describe("/feed/update/{urn}", () => {
  it("shows reserved characters exactly when escaped correctly", async () => {
    const token = await fullToken(t.url);
    const commentary = escapeLittle("Price (USD) _ 50% off #sale");
    expect(commentary).toBe("Price \\(USD\\) \\_ 50% off \\#sale");
    const urn = await createPost(t.url, token, textPost(NORTHWIND, commentary));
    const { status, html } = await page(urn);
    expect(status).toBe(200);
    expect(shownCommentary(html)).toBe("Price (USD) _ 50% off #sale");
    expect(html).not.toContain('data-testid="truncation-note"');
    // Author name and logo.
    expect(html).toContain('<strong class="author-name">Northwind Coffee</strong>');
    expect(html).toContain('src="/_sandbox/logos/5515001.svg"');
  });

  it("makes a wrong escape visible: the text stops where LinkedIn cuts it", async () => {
    const token = await fullToken(t.url);
    const urn = await createPost(t.url, token, textPost(ALEX_URN, "Price (USD) \\_ 50% off \\#sale"));
    const { html } = await page(encodeURIComponent(urn));
    expect(shownCommentary(html)).toBe("Price ");
    expect(html).toContain('data-testid="truncation-note"');
    expect(html).toContain("<code>(</code> at character 7");
    expect(html).toContain('src="/_sandbox/avatars/8kQvT3mZpA.svg"');
    expect(html).toContain("Alex Morgan");
  });

  it("renders mentions as names and hashtag templates as #tag", async () => {
    const token = await fullToken(t.url);
    const urn = await createPost(
      t.url,
      token,
      textPost(
        ALEX_URN,
        "Thanks @[Acme Robotics](urn:li:organization:5515002) {hashtag|\\#|growth} #coffee!\nSecond line",
      ),
    );
    const { html } = await page(urn);
    expect(shownCommentary(html)).toBe("Thanks Acme Robotics #growth #coffee!\nSecond line");
    expect(html).toContain('<span class="mention" data-urn="urn:li:organization:5515002"');
  });

  it("an image post shows the image with its alt text; multiImage shows a grid", async () => {
    const token = await fullToken(t.url);
    const png = makePng({ width: 120, height: 80 });
    const img = await uploadSingle(t.url, token, "images", NORTHWIND, png);
    const img2 = await uploadSingle(t.url, token, "images", NORTHWIND, makePng({ width: 90 }));
    const single = await createPost(
      t.url,
      token,
      textPost(NORTHWIND, "Team", {
        content: { media: { id: img, altText: 'Team photo "at" the offsite' } },
      }),
    );
    const { html } = await page(single);
    const src = /<img class="post-image" src="([^"]+)" alt="Team photo &quot;at&quot; the offsite"/.exec(
      html,
    )?.[1];
    expect(src).toBeDefined();
    const bytes = Buffer.from(await (await fetch((src as string).replace(/&amp;/g, "&"))).arrayBuffer());
    expect(bytes).toEqual(png);

    const grid = await createPost(
      t.url,
      token,
      textPost(NORTHWIND, "Grid", {
        content: {
          multiImage: {
            images: [
              { id: img, altText: "Slide 1" },
              { id: img2, altText: "Slide 2" },
            ],
          },
        },
      }),
    );
    const gridHtml = (await page(grid)).html;
    expect(gridHtml).toContain('class="image-grid count-2"');
    expect(gridHtml).toContain('alt="Slide 1"');
    expect(gridHtml).toContain('alt="Slide 2"');
  });

  it("video with poster and captions, document card, article card and reshare", async () => {
    const token = await fullToken(t.url);
    const bytes = makeMp4({ durationSeconds: 65, sizeBytes: 150_000 });
    const init = await initializeVideo(t.url, token, NORTHWIND, bytes.length, {
      uploadThumbnail: true,
      uploadCaptions: true,
    });
    await put(String(init.value.thumbnailUploadUrl), makePng({ width: 64, height: 36 }));
    await put(String(init.value.captionsUploadUrl), makeSrt());
    await finalizeVideo(t.url, token, init, await uploadVideoParts(init, bytes));
    const doc = await uploadSingle(t.url, token, "documents", NORTHWIND, makePdf({ pages: 7 }));
    const thumb = await uploadSingle(t.url, token, "images", NORTHWIND, makePng());

    const video = await createPost(
      t.url,
      token,
      textPost(NORTHWIND, "Watch", { content: { media: { id: init.urn, title: "Roasting day" } } }),
    );
    const videoHtml = (await page(video)).html;
    expect(videoHtml).toMatch(
      /<video controls preload="none" src="[^"]+\/dms\/video\/[^"]+" poster="[^"]+videocover-high[^"]+"/,
    );
    expect(videoHtml).toContain('<track kind="captions"');
    expect(videoHtml).toContain("Roasting day · 1:05");

    const docPost = await createPost(
      t.url,
      token,
      textPost(NORTHWIND, "Read", { content: { media: { id: doc, title: "Menu.pdf" } } }),
    );
    const docHtml = (await page(docPost)).html;
    expect(docHtml).toContain("<strong>Menu.pdf</strong>");
    expect(docHtml).toContain("PDF · 7 pages");

    const article = await createPost(
      t.url,
      token,
      textPost(NORTHWIND, "Blog", {
        content: {
          article: {
            source: "https://www.example.com/blog/post",
            title: "Post <title>",
            description: "One-line summary",
            thumbnail: thumb,
            thumbnailAltText: "Cover",
          },
        },
      }),
    );
    const articleHtml = (await page(article)).html;
    expect(articleHtml).toContain('<a class="article" href="https://www.example.com/blog/post"');
    expect(articleHtml).toContain("<strong>Post &lt;title&gt;</strong>");
    expect(articleHtml).toContain("One-line summary");
    expect(articleHtml).toContain("example.com</span>");
    expect(articleHtml).toContain('alt="Cover"');

    const reshare = await createPost(
      t.url,
      token,
      textPost(ALEX_URN, "Look at this", { reshareContext: { parent: docPost } }),
    );
    const reshareHtml = (await page(reshare)).html;
    expect(reshareHtml).toContain('<div class="reshared">');
    expect(reshareHtml).toContain(`data-urn="${docPost}"`);
    expect(reshareHtml).toContain("<strong>Menu.pdf</strong>");
  });

  it("shows the social counts the statistics API reports, accrued over sandbox time", async () => {
    const token = await fullToken(t.url);
    const urn = await createPost(t.url, token, textPost(NORTHWIND, "Counting"));
    expect((await page(urn)).html).toContain("0 impressions");
    await advanceClock(t.url, { advanceMs: 7 * 86_400_000 });
    const html = (await page(urn)).html;
    expect(html).toContain(">1w</time> · Public");
    const shown = Number(/([\d,]+) impressions/.exec(html)?.[1]?.replace(/,/g, ""));
    const stats = (await (
      await restGet(
        t.url,
        `/rest/organizationalEntityShareStatistics?q=organizationalEntity&organizationalEntity=${enc(NORTHWIND)}&shares=List(${enc(urn)})`,
        token,
      )
    ).json()) as { elements: { totalShareStatistics: { impressionCount: number } }[] };
    expect(shown).toBe(stats.elements[0]?.totalShareStatistics.impressionCount ?? 0);
  });

  it("404 page for unknown, malformed and deleted posts", async () => {
    const token = await fullToken(t.url);
    for (const urn of ["urn:li:share:1234567890123456789", "not-a-urn", "urn%E0%A4%A"]) {
      const { status, html } = await page(urn);
      expect(status).toBe(404);
      expect(html).toContain("This post cannot be displayed");
    }
    const urn = await createPost(t.url, token, textPost(ALEX_URN, "short-lived"));
    expect((await page(urn)).status).toBe(200);
    await restDelete(t.url, `/rest/posts/${enc(urn)}`, token);
    expect((await page(urn)).status).toBe(404);
  });

  it("the home page lists recent posts linking to the feed view", async () => {
    const token = await fullToken(t.url);
    const urn = await createPost(t.url, token, textPost(NORTHWIND, "On the home page"));
    const home = await (await fetch(`${t.url}/`)).text();
    expect(home).toContain(`<a href="/feed/update/${urn}">${urn}</a></td><td>Northwind Coffee</td>`);
    expect(home).toContain("<td>text</td><td>PUBLISHED</td>");
  });
});
