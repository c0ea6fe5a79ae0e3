-- Teachers' sign-in tokens (org.dlf.security.SignInTokens): when the replica that holds a teacher's session
-- dies, the replica the proxy moves them to signs them in again from the token in their browser's cookie.
-- Only a token's SHA-256 is stored. A token ends at sign-out, when the teacher's password changes, and once it
-- has not been used for the session timeout. Plain SQL for H2 and PostgreSQL.
CREATE TABLE sign_in_token (
    token_hash VARCHAR(64) PRIMARY KEY,
    teacher_id BIGINT NOT NULL REFERENCES teacher (id),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_sign_in_token_teacher ON sign_in_token (teacher_id);
