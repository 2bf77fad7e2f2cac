-- AlterTable
ALTER TABLE "ChannelPost" ADD COLUMN     "thumbnailExpiresAt" TIMESTAMP(3),
ADD COLUMN     "thumbnailUrl" TEXT;
