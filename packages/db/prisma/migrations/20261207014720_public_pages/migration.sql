-- CreateTable
CREATE TABLE "PublicPage" (
    "path" TEXT NOT NULL,
    "publishedReportId" TEXT,
    "renderer" TEXT NOT NULL,
    "head" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicPage_pkey" PRIMARY KEY ("path")
);

-- CreateIndex
CREATE UNIQUE INDEX "PublicPage_publishedReportId_key" ON "PublicPage"("publishedReportId");

-- AddForeignKey
ALTER TABLE "PublicPage" ADD CONSTRAINT "PublicPage_publishedReportId_fkey" FOREIGN KEY ("publishedReportId") REFERENCES "PublishedReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;
