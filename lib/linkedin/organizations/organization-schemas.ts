// Wire shapes of /rest/organizationAcls and /rest/organizationsLookup (doc §5.1, §5.4), kept
// lenient where LinkedIn varies: the ACL organization field has had three names, and logo
// decorations are optional.
import { z } from "zod";

export const pagingSchema = z.looseObject({
  start: z.number().int().optional(),
  count: z.number().int().optional(),
  total: z.number().int().optional(),
  links: z.array(z.looseObject({ rel: z.string(), href: z.string().optional() })).optional(),
});

export const aclElementSchema = z.looseObject({
  roleAssignee: z.string().optional(),
  state: z.string().optional(),
  role: z.string().optional(),
  // `/rest` uses `organization`; legacy /v2 `organizationTarget`, older `organizationalTarget` (doc §5.1).
  organization: z.string().optional(),
  organizationTarget: z.string().optional(),
  organizationalTarget: z.string().optional(),
});

export const aclFinderSchema = z.object({
  elements: z.array(aclElementSchema),
  paging: pagingSchema.optional(),
});

/** The `~` decoration of a digital media asset (`logoV2(original~:playableStreams)`), /v2 style. */
const decoratedAssetSchema = z.looseObject({
  elements: z
    .array(
      z.looseObject({
        data: z.record(z.string(), z.unknown()).optional(),
        identifiers: z
          .array(z.looseObject({ identifier: z.string(), mediaType: z.string().optional() }))
          .optional(),
      }),
    )
    .optional(),
});
export type DecoratedAsset = z.infer<typeof decoratedAssetSchema>;

export const logoV2Schema = z.looseObject({
  original: z.string().optional(),
  cropped: z.string().optional(),
  "original~": decoratedAssetSchema.optional(),
  "cropped~": decoratedAssetSchema.optional(),
});

const localizedStringSchema = z.looseObject({
  localized: z.record(z.string(), z.string()).optional(),
  preferredLocale: z.looseObject({ country: z.string(), language: z.string() }).optional(),
});

export const organizationLookupSchema = z.looseObject({
  id: z.number().int(),
  localizedName: z.string().optional(),
  name: localizedStringSchema.optional(),
  vanityName: z.string().optional(),
  logoV2: logoV2Schema.optional(),
});
export type OrganizationLookupEntity = z.infer<typeof organizationLookupSchema>;

export const organizationBatchSchema = z.object({
  results: z.record(z.string(), organizationLookupSchema),
  statuses: z.record(z.string(), z.number()).optional(),
  errors: z
    .record(z.string(), z.looseObject({ status: z.number().optional(), message: z.string().optional() }))
    .optional(),
});

/** Finder answers (`q=vanityName`, `q=emailDomain`): `{elements, paging}` (doc §5.4). */
export const organizationFinderSchema = z.object({
  elements: z.array(organizationLookupSchema),
  paging: pagingSchema.optional(),
});
