-- Teacher sign-in throttling (org.dlf.security.SignInThrottle), in the database so that every replica sees
-- the same counts. One row per key: an account ('account:<user name>'), a client address ('address:<ip>')
-- or a known device ('device:<hash>'). failures counts attempts since the last success (a success deletes
-- the rows); the next attempt must wait a delay that grows with failures, counted from last_attempt_at.
-- Plain SQL for H2 and PostgreSQL.
CREATE TABLE sign_in_throttle (
    throttle_key VARCHAR(120) PRIMARY KEY,
    failures INT NOT NULL,
    last_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Browsers a teacher has signed in with (the HttpOnly dlf-device cookie holds the token; only its SHA-256
-- is stored). Sign-in from such a browser is throttled on its own, so that nobody can lock a teacher out of
-- their own device by failing on purpose from elsewhere.
CREATE TABLE sign_in_device (
    token_hash VARCHAR(64) PRIMARY KEY,
    username VARCHAR(60) NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_sign_in_device_used ON sign_in_device (last_used_at);
