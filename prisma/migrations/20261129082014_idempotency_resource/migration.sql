-- AlterTable
ALTER TABLE "ApiIdempotencyKey" ADD COLUMN     "resourceId" TEXT;
