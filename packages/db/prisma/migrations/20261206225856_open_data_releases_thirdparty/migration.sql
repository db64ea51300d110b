-- CreateTable
CREATE TABLE "OpenDataRelease" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "source" TEXT NOT NULL,
    "changes" JSONB NOT NULL,
    "digests" JSONB NOT NULL,

    CONSTRAINT "OpenDataRelease_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpenDataFile" (
    "releaseId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "etag" TEXT NOT NULL,

    CONSTRAINT "OpenDataFile_pkey" PRIMARY KEY ("releaseId","name")
);

-- CreateIndex
CREATE UNIQUE INDEX "OpenDataRelease_source_key" ON "OpenDataRelease"("source");

-- AddForeignKey
ALTER TABLE "OpenDataFile" ADD CONSTRAINT "OpenDataFile_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "OpenDataRelease"("id") ON DELETE CASCADE ON UPDATE CASCADE;
