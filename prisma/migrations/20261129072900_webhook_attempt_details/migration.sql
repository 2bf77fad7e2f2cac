-- AlterTable
ALTER TABLE "WebhookAttempt" ADD COLUMN     "requestHeaders" JSONB,
ADD COLUMN     "responseBody" TEXT;
