-- CreateIndex
CREATE INDEX "AccountLink_issuedById_idx" ON "AccountLink"("issuedById");
