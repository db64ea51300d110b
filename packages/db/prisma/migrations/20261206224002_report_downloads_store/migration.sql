-- CreateTable
CREATE TABLE "ReportDownload" (
    "id" TEXT NOT NULL,
    "publishedReportId" TEXT NOT NULL,
    "exporterKey" TEXT NOT NULL,
    "renderer" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "etag" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportDownload_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReportDownload_publishedReportId_exporterKey_renderer_key" ON "ReportDownload"("publishedReportId", "exporterKey", "renderer");

-- AddForeignKey
ALTER TABLE "ReportDownload" ADD CONSTRAINT "ReportDownload_publishedReportId_fkey" FOREIGN KEY ("publishedReportId") REFERENCES "PublishedReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;
