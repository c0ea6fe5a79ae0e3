-- First-run setup: at most one row, ever. The /setup page inserts it in the same transaction as the first
-- teacher account, so two visitors submitting at once create at most one account (the second insert fails
-- on the primary key), on H2 and PostgreSQL, on one replica or several.
CREATE TABLE first_run_setup (
    id INT PRIMARY KEY,
    teacher VARCHAR(60) NOT NULL,
    claimed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_first_run_setup_once CHECK (id = 1)
);
