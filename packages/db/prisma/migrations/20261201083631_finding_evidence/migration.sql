-- CreateTable
CREATE TABLE "_FindingEvidence" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_FindingEvidence_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "_FindingEvidence_B_index" ON "_FindingEvidence"("B");

-- AddForeignKey
ALTER TABLE "_FindingEvidence" ADD CONSTRAINT "_FindingEvidence_A_fkey" FOREIGN KEY ("A") REFERENCES "Evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_FindingEvidence" ADD CONSTRAINT "_FindingEvidence_B_fkey" FOREIGN KEY ("B") REFERENCES "Finding"("id") ON DELETE CASCADE ON UPDATE CASCADE;
