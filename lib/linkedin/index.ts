// The LinkedIn service layer: the only door from Cadence to LinkedIn (or the sandbox). Server
// only (it reads lib/env.ts and uses node:crypto); UI code imports lib/linkedin/commentary.
export {
  createLinkedInConfig,
  getLinkedInConfig,
  type LinkedInConfig,
  type LinkedInConfigInput,
  type RetryPolicy,
} from "./config";
export {
  createLinkedInClient,
  type LinkedInClient,
  type ClientRequest,
  type ClientUploadRequest,
} from "./http/linkedin-client";
export { linkedinFetch } from "./http/linkedin-fetch";
export type { LinkedInRequest, LinkedInResponse, RestliMethod } from "./http/linkedin-request";
export * from "./errors/linkedin-errors";
export * from "./errors/media-errors";
export { LinkedInPreflightError, type PreflightProblem } from "./errors/preflight-error";
export { extractDuplicateUrn } from "./errors/map-linkedin-error";
export { nextUtcMidnight, scheduleRateLimitRetry } from "./errors/rate-limit-schedule";
export { buildRestliQuery, type RestliQuery } from "./restli/build-restli-query";
export { encodeRestli, encodeRestliKey, rawRestli, type RestliInput } from "./restli/encode-restli";
export { decodeReducedValue } from "./restli/decode-reduced";
export * from "./commentary";
export { buildAuthorizationUrl, type AuthorizationUrlInput } from "./oauth/build-authorization-url";
export { compareScopes, type MissingScope, type ScopeComparison } from "./oauth/compare-scopes";
export { exchangeCode } from "./oauth/exchange-code";
export { getUserInfo, type LinkedInUserInfo } from "./oauth/get-user-info";
export { introspectToken } from "./oauth/introspect-token";
export { refreshAccessToken } from "./oauth/refresh-access-token";
export type { LinkedInTokenSet, TokenIntrospection } from "./oauth/token-schemas";
export {
  getOrganizations,
  type GetOrganizationsResult,
  type LinkedInOrganization,
} from "./organizations/get-organizations";
export {
  findOrganizationByVanityName,
  VANITY_LOOKUP_SCOPES,
  type VanityOrganization,
} from "./organizations/find-organization-by-vanity-name";
export { listOrganizationAccess, type OrganizationAccess } from "./organizations/list-organization-access";
export { listOrganizationAcls, type OrganizationAcl } from "./organizations/list-organization-acls";
export * from "./organizations/organization-roles";
export { describeScope, splitScopes, type LinkedInProduct } from "./scopes";
export * from "./urns";
// Posts (doc §7)
export type {
  CreatePostInput,
  FeedDistribution,
  MultiImageItem,
  PostContentInput,
  PostContentKind,
  PostVisibility,
} from "./posts/post-input";
export { ALT_TEXT_MAX_LENGTH, MULTI_IMAGE_MAX, MULTI_IMAGE_MIN } from "./posts/post-limits";
export { validatePostInput } from "./posts/validate-post-input";
export { buildPostBody, type PostWireBody } from "./posts/build-post-body";
export { createPost, type CreatedPost } from "./posts/create-post";
export { getPost } from "./posts/get-post";
export { findPostsByAuthor, type FindPostsByAuthorInput, type PostPage } from "./posts/find-posts-by-author";
export {
  findRecentPostByCommentary,
  sameCommentary,
  sameContent,
  type FindRecentPostInput,
} from "./posts/find-recent-post-by-commentary";
export { updatePost, type UpdatePostInput } from "./posts/update-post";
export { deletePost } from "./posts/delete-post";
export { postWebUrl, type LinkedInPost, type LinkedInPostContent } from "./posts/map-post";
// Media (doc §8–§11)
export * from "./media/media-limits";
export type { UploadSource } from "./media/upload-source";
export type { UploadProgress, ProgressListener } from "./media/upload-progress";
export {
  canResumeUpload,
  missingPartIndexes,
  parseMediaUploadState,
  type MediaUploadState,
  type SingleUploadState,
  type VideoPartState,
  type VideoUploadState,
} from "./media/upload-state";
export { checkMediaFile, sniffFormat } from "./media/check-media-file";
export { putUpload, type PutUploadRequest, type PutUploadResult } from "./media/put-upload";
export { initializeSingleUpload } from "./media/initialize-single-upload";
export { initializeVideoUpload, type InitializeVideoUploadInput } from "./media/initialize-video-upload";
export { finalizeVideoUpload } from "./media/finalize-video-upload";
export {
  uploadDocument,
  uploadImage,
  type UploadSingleMediaInput,
  type UploadSingleMediaResult,
} from "./media/upload-single-media";
export { uploadVideo, type UploadVideoInput, type UploadVideoResult } from "./media/upload-video";
export { getMediaStatus, type LinkedInMediaStatus } from "./media/get-media-status";
export {
  waitForMediaAvailable,
  type WaitForMediaInput,
  type WaitForMediaResult,
} from "./media/wait-for-media-available";
// Statistics (doc §12)
export type { ShareStatistics } from "./statistics/share-statistics";
export { getOrganizationShareStatistics } from "./statistics/get-organization-share-statistics";
export {
  getShareStatisticsByPeriod,
  type ShareStatisticsBucket,
  type ShareStatisticsByPeriod,
} from "./statistics/get-share-statistics-by-period";
export {
  getPostStatistics,
  planPostStatisticsRequests,
  POST_STATISTICS_BATCH_SIZE,
  type PostStatistics,
} from "./statistics/get-post-statistics";
export {
  getFollowerStatistics,
  type FollowerDemographics,
  type FollowerFacetCount,
} from "./statistics/get-follower-statistics";
export { getFollowerGains, type FollowerGainsBucket } from "./statistics/get-follower-gains";
export { getFollowerCount } from "./statistics/get-follower-count";
export {
  resolveStatisticsRange,
  statisticsWindowStart,
  type Granularity,
  type WindowPolicy,
} from "./statistics/statistics-window";
