-- Shared lab PCs: every class member gets a personal resume code (12 characters) to continue on another
-- device or after clearing cookies; names are compared by a folded key (NFKC, invisible and bidi controls
-- removed, case and look-alike letters folded), which can be longer than the name. V8_1 fills both for the
-- members that already exist. Plain SQL for H2 and PostgreSQL.
ALTER TABLE class_member ADD COLUMN resume_code VARCHAR(12);
ALTER TABLE class_member ALTER COLUMN name_key SET DATA TYPE VARCHAR(200);
CREATE UNIQUE INDEX uq_member_resume_code ON class_member (resume_code);
