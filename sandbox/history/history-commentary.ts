// Commentary of generated history posts: English marketing copy in each seeded Page's own voice,
// from a few dozen templates per content kind, ending in hashtags. The text is little text
// (doc §7.7): values are escaped with escapeLittle and templates use no reserved character except
// the `#` of hashtags, written `#Tag` (GET returns them as `{hashtag|\#|Tag}`, like any post).
// Copy never repeats a Cadence test's commentary, so reconciliation cannot mistake one for another.
import { escapeLittle } from "../posts/little-text";
import type { Rng } from "../stats/prng";
import type { SandboxOrganization } from "../world";

export type HistoryKind = "text" | "image" | "multiImage" | "video" | "document" | "article";

/** What a Page talks about. */
export interface OrgVoice {
  products: string[];
  topics: string[];
  audience: string;
  event: string;
  hashtags: string[];
}

const VOICES: Record<string, OrgVoice> = {
  "northwind-coffee": {
    products: [
      "our Ethiopia Guji single origin",
      "the Winter Blend",
      "our cold brew concentrate",
      "the new Harvest Espresso",
      "our Swiss Water decaf",
    ],
    topics: [
      "direct trade",
      "brewing at home",
      "café culture",
      "seasonal menus",
      "sustainable sourcing",
      "barista training",
    ],
    audience: "coffee lovers",
    event: "the Portland Coffee Fest",
    hashtags: ["Coffee", "SpecialtyCoffee", "DirectTrade", "Portland", "Baristas"],
  },
  "acme-robotics": {
    products: [
      "the Atlas picking arm",
      "our fleet manager software",
      "the R7 mobile robot",
      "SafeZone floor sensors",
    ],
    topics: [
      "warehouse automation",
      "human-robot collaboration",
      "safety on the floor",
      "peak season logistics",
      "fleet uptime",
    ],
    audience: "operations teams",
    event: "ProMat",
    hashtags: ["Robotics", "Automation", "Logistics", "Warehouse", "SupplyChain"],
  },
  "blue-harbor-studio": {
    products: [
      "a rebrand for a local brewery",
      "our new motion reel",
      "a custom type system",
      "an animated product explainer",
    ],
    topics: ["brand strategy", "motion design", "typography", "design systems", "the creative process"],
    audience: "marketing teams",
    event: "Halifax Design Week",
    hashtags: ["Branding", "MotionDesign", "Design", "CreativeAgency", "Halifax"],
  },
  "lumen-analytics": {
    products: ["Lumen Boards", "the new alerting engine", "our Slack integration", "self-serve reports"],
    topics: [
      "data literacy",
      "dashboards people actually read",
      "metrics that matter",
      "lean data teams",
      "BI adoption",
    ],
    audience: "data teams",
    event: "DataCon Austin",
    hashtags: ["Analytics", "DataViz", "BusinessIntelligence", "Data", "SaaS"],
  },
  "greenfield-coop": {
    products: ["our CSA boxes", "the winter squash harvest", "the farm stand", "member-grown produce"],
    topics: [
      "local food",
      "regenerative farming",
      "cooperative ownership",
      "farm-to-table cooking",
      "soil health",
    ],
    audience: "members and neighbors",
    event: "the Dane County Farmers Market",
    hashtags: ["Farming", "LocalFood", "Cooperative", "Sustainability", "Wisconsin"],
  },
  "old-mill-media": {
    products: [
      "our morning podcast",
      "the weekend newsletter",
      "a new investigative series",
      "Mill Town Stories",
    ],
    topics: ["local journalism", "community voices", "podcasting", "civic news", "storytelling"],
    audience: "listeners and readers",
    event: "the Lowell Folk Festival",
    hashtags: ["LocalNews", "Podcast", "Journalism", "Media", "Lowell"],
  },
  "quartz-labs": {
    products: [
      "a new coating for solar glass",
      "our thin-film process",
      "the quarterly research brief",
      "an open dataset of crystal structures",
    ],
    topics: [
      "materials science",
      "applied research",
      "lab safety",
      "technology transfer",
      "research partnerships",
    ],
    audience: "researchers and engineers",
    event: "the MRS Fall Meeting",
    hashtags: ["MaterialsScience", "Research", "Innovation", "Engineering", "Science"],
  },
  "northwind-roastery": {
    products: [
      "our new drum roaster",
      "small-batch Colombian lots",
      "espresso roast profiles",
      "green coffee from Huila",
    ],
    topics: ["the roasting craft", "quality control", "cupping", "green coffee sourcing", "roastery tours"],
    audience: "wholesale partners",
    event: "the roastery open house",
    hashtags: ["CoffeeRoasting", "Roastery", "SpecialtyCoffee", "Coffee", "Portland"],
  },
};

/** A hashtag from free text: letters and digits only, words capitalised ("Co-op" → "CoOp"). */
function toTag(text: string): string {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
}

/** The seeded voice, or a plain one built from the Page's own profile. */
export function voiceOf(org: SandboxOrganization): OrgVoice {
  const seeded = VOICES[org.vanityName];
  if (seeded) return seeded;
  const topics = org.specialties.length > 0 ? org.specialties : ["our work", "customer stories", "teamwork"];
  return {
    products: ["our latest work", "a new service"],
    topics,
    audience: "customers",
    event: "an industry meetup",
    hashtags: [toTag(org.name), ...topics.map(toTag)].filter((t) => t.length > 0).slice(0, 5),
  };
}

interface Fill {
  org: string;
  product: string;
  topic: string;
  audience: string;
  event: string;
  city: string;
  month: string;
}

type Template = (f: Fill) => string;

const TEMPLATES: Record<HistoryKind, Template[]> = {
  text: [
    (f) =>
      `We are hiring! ${f.org} is growing and we are looking for people who care about ${f.topic}. Know someone great? Send them our way.`,
    (f) =>
      `Three things we learned about ${f.topic} this ${f.month}:\n\n1. Start small.\n2. Listen to ${f.audience} first.\n3. Write it down and share it.\n\nWhat would you add?`,
    (f) =>
      `A big thank you to everyone who stopped by our booth at ${f.event}. Great conversations about ${f.topic} and plenty of new ideas to take home.`,
    (f) =>
      `Quick update from the ${f.city} team: ${f.product} is now available to everyone. Thanks for all the feedback along the way.`,
    (f) =>
      `Hot take: ${f.topic} is less about tools and more about habits. The teams we admire most make it part of their week, not a project.`,
    (f) =>
      `It has been a busy ${f.month} at ${f.org}. Behind every launch is a team that sweats the details. Proud of this crew.`,
    (f) =>
      `Question for ${f.audience}: what is the one thing about ${f.topic} you wish someone had told you earlier? Best answers make our next post.`,
    (f) =>
      `Small milestone, big smiles: we just welcomed our newest customers in ${f.city}. Thank you for trusting ${f.org}.`,
    (f) =>
      `Reminder that ${f.topic} does not have to be complicated. Our team put together a few simple starting points, and we will share them here all month.`,
    (f) =>
      `Join us at ${f.event}! We will be talking about ${f.topic} and showing ${f.product}. Come say hello.`,
  ],
  image: [
    (f) => `Meet ${f.product}. Built for ${f.audience} who care about ${f.topic}.`,
    (f) => `Fresh from the ${f.city} studio: a first look at ${f.product}.`,
    (f) =>
      `Behind the scenes at ${f.org} this ${f.month}. This is what ${f.topic} looks like on a Tuesday morning.`,
    (f) =>
      `Team photo! Our people are the reason ${f.product} exists. Thank you all for an incredible ${f.month}.`,
    (f) => `Save the date: ${f.event} is around the corner and ${f.org} will be there.`,
    (f) => `New season, new look. ${f.product} is here, just in time for ${f.month}.`,
  ],
  multiImage: [
    (f) => `A few snapshots from ${f.event}. Thank you to everyone who joined us to talk about ${f.topic}!`,
    (f) => `Swipe through a day in the life at ${f.org} in ${f.city}.`,
    (f) => `From sketch to launch: how ${f.product} came together, in pictures.`,
    (f) => `Our favourite moments of ${f.month}. So much to be grateful for.`,
    (f) => `Open house recap: thanks to all the ${f.audience} who came by. Here are some highlights.`,
  ],
  video: [
    (f) => `Ninety seconds on ${f.topic}, from the people who do it every day. Sound on!`,
    (f) => `Watch how ${f.product} comes to life, start to finish.`,
    (f) => `We asked our team what ${f.topic} means to them. Their answers made our week.`,
    (f) => `Missed our talk at ${f.event}? Here is the short version.`,
    (f) => `A quick tour of our ${f.city} home. Come visit anytime.`,
  ],
  document: [
    (f) => `Our ${f.month} guide to ${f.topic} is here. Flip through the slides and save it for later.`,
    (f) => `Everything ${f.audience} asked us about ${f.product}, in one short deck.`,
    (f) => `The ${f.org} playbook for ${f.topic}: free to read, free to share.`,
    (f) => `Slides from our session at ${f.event}. Thanks to everyone who asked for them!`,
    (f) => `Ten lessons on ${f.topic}, one page each. Which one resonates most with you?`,
  ],
  article: [
    (f) => `New on the blog: what we learned about ${f.topic} this year.`,
    (f) => `We wrote down how ${f.product} was made, mistakes included. A good read for ${f.audience}.`,
    (f) => `Proud to be featured in this piece on ${f.topic}. Thank you for telling our story!`,
    (f) => `Our team shares practical advice on ${f.topic}. Worth five minutes of your ${f.month}.`,
    (f) => `The story behind ${f.product}, in the words of the people who built it.`,
    (f) => `Recap of ${f.event}: the talks, the people and the ideas we are bringing home.`,
  ],
};

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[rng.int(0, items.length - 1)]!;
}

/** Fisher–Yates on a copy, driven by `rng`. */
export function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Little-text commentary of one history post (stored form: hashtags as `#Tag`). */
export function historyCommentary(
  rng: Rng,
  org: SandboxOrganization,
  kind: HistoryKind,
  publishedAt: number,
): string {
  const voice = voiceOf(org);
  const fill: Fill = {
    org: org.name,
    product: pick(rng, voice.products),
    topic: pick(rng, voice.topics),
    audience: voice.audience,
    event: voice.event,
    city: org.city,
    month: MONTHS[new Date(publishedAt).getUTCMonth()]!,
  };
  const escaped = Object.fromEntries(
    Object.entries(fill).map(([k, v]) => [k, escapeLittle(v)]),
  ) as unknown as Fill;
  const text = pick(rng, TEMPLATES[kind])(escaped);
  const tags = shuffled(rng, voice.hashtags).slice(0, rng.int(2, 3));
  return tags.length === 0 ? text : `${text}\n\n${tags.map((t) => `#${t}`).join(" ")}`;
}
