-- AlterTable
ALTER TABLE "LinkedInConnection" ALTER COLUMN "accessTokenEnc" DROP NOT NULL,
ALTER COLUMN "accessTokenExpiresAt" DROP NOT NULL;
