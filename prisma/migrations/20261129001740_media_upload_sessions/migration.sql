/*
  Warnings:

  - A unique constraint covering the columns `[workspaceId,sha256]` on the table `MediaAsset` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateEnum
CREATE TYPE "MediaUploadSessionStatus" AS ENUM ('UPLOADING', 'COMPLETED', 'FAILED');

-- DropIndex
DROP INDEX "MediaAsset_workspaceId_sha256_idx";

-- CreateTable
CREATE TABLE "MediaUploadSession" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "kindHint" TEXT,
    "declaredSize" BIGINT NOT NULL,
    "declaredMime" TEXT,
    "receivedBytes" BIGINT NOT NULL DEFAULT 0,
    "tempKey" TEXT NOT NULL,
    "status" "MediaUploadSessionStatus" NOT NULL DEFAULT 'UPLOADING',
    "claimToken" TEXT,
    "claimedAt" TIMESTAMP(3),
    "error" TEXT,
    "assetId" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MediaUploadSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MediaUploadSession_workspaceId_userId_idx" ON "MediaUploadSession"("workspaceId", "userId");

-- CreateIndex
CREATE INDEX "MediaUploadSession_expiresAt_idx" ON "MediaUploadSession"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "MediaAsset_workspaceId_sha256_key" ON "MediaAsset"("workspaceId", "sha256");

-- AddForeignKey
ALTER TABLE "MediaUploadSession" ADD CONSTRAINT "MediaUploadSession_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediaUploadSession" ADD CONSTRAINT "MediaUploadSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediaUploadSession" ADD CONSTRAINT "MediaUploadSession_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "MediaAsset"("id") ON DELETE SET NULL ON UPDATE CASCADE;
