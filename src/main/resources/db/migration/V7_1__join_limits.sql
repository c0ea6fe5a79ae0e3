-- Join limits (org.dlf.classroom.JoinLimits), in the database so that every replica counts the same attempts.
-- A counter per key and fixed window: wrong codes per client address, attempts with a class's right code
-- per class and address. Plain SQL for H2 and PostgreSQL.
CREATE TABLE join_limit (
    limit_key VARCHAR(120) PRIMARY KEY,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts INT NOT NULL
);

-- The networks a class is known to be used from: its teacher's dashboard or projector page was open there,
-- or a student joined from there. An address that has spent its budget of wrong codes can still join these
-- classes (and only these), so a script on a school's network cannot keep that school's class out.
CREATE TABLE class_join_anchor (
    classroom_id BIGINT NOT NULL REFERENCES classroom (id),
    address_key VARCHAR(64) NOT NULL,
    anchored_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (classroom_id, address_key)
);
