package org.dlf.classroom;

/** What became of a request to join a class. */
public enum JoinResult {
    JOINED,
    ALREADY_MEMBER,
    UNKNOWN_CODE,
    CLOSED,
    NAME_TAKEN,
    INVALID_NAME,
    FULL,
    TOO_MANY_ATTEMPTS;

    public boolean member() {
        return this == JOINED || this == ALREADY_MEMBER;
    }
}
