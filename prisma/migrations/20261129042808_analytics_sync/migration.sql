/*
  Warnings:

  - You are about to drop the `PostStatistic` table. If the table is not empty, all the data it contains will be lost.

*/
-- CreateEnum
CREATE TYPE "AnalyticsSyncStatus" AS ENUM ('PENDING', 'SYNCING', 'OK', 'NO_PERMISSION', 'NOT_AVAILABLE', 'RATE_LIMITED', 'FAILED');

-- DropForeignKey
ALTER TABLE "PostStatistic" DROP CONSTRAINT "PostStatistic_targetId_fkey";

-- AlterTable
ALTER TABLE "ShareStatistic" ADD COLUMN     "commentMentionsCount" INTEGER,
ADD COLUMN     "shareMentionsCount" INTEGER,
ALTER COLUMN "uniqueImpressionsCount" DROP NOT NULL,
ALTER COLUMN "uniqueImpressionsCount" DROP DEFAULT;

-- DropTable
DROP TABLE "PostStatistic";

-- CreateTable
CREATE TABLE "ChannelPost" (
    "id" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "urn" TEXT NOT NULL,
    "targetId" TEXT,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "text" TEXT NOT NULL,
    "contentKind" TEXT NOT NULL,
    "mediaUrn" TEXT,
    "impressionCount" INTEGER,
    "uniqueImpressionsCount" INTEGER,
    "clickCount" INTEGER,
    "likeCount" INTEGER,
    "commentCount" INTEGER,
    "shareCount" INTEGER,
    "engagement" DOUBLE PRECISION,
    "reported" BOOLEAN NOT NULL DEFAULT false,
    "statsCheckedAt" TIMESTAMP(3),
    "statsChangedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChannelPost_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnalyticsSync" (
    "channelId" TEXT NOT NULL,
    "status" "AnalyticsSyncStatus" NOT NULL DEFAULT 'PENDING',
    "statusReason" TEXT,
    "startedAt" TIMESTAMP(3),
    "lastSyncedAt" TIMESTAMP(3),
    "lastFullSyncAt" TIMESTAMP(3),
    "nextSyncAt" TIMESTAMP(3),
    "callsDay" TIMESTAMP(3),
    "callsToday" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnalyticsSync_pkey" PRIMARY KEY ("channelId")
);

-- CreateIndex
CREATE UNIQUE INDEX "ChannelPost_targetId_key" ON "ChannelPost"("targetId");

-- CreateIndex
CREATE INDEX "ChannelPost_channelId_publishedAt_idx" ON "ChannelPost"("channelId", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ChannelPost_channelId_urn_key" ON "ChannelPost"("channelId", "urn");

-- AddForeignKey
ALTER TABLE "ChannelPost" ADD CONSTRAINT "ChannelPost_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelPost" ADD CONSTRAINT "ChannelPost_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "PostTarget"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnalyticsSync" ADD CONSTRAINT "AnalyticsSync_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel"("id") ON DELETE CASCADE ON UPDATE CASCADE;
