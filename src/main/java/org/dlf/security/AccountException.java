package org.dlf.security;

/** An account change that the rules refuse; nothing was changed. */
public class AccountException extends IllegalArgumentException {

    private final AccountProblem problem;

    public AccountException(AccountProblem problem) {
        super(problem.name());
        this.problem = problem;
    }

    public AccountProblem problem() {
        return problem;
    }
}
