package org.dlf.content;

import java.util.List;

/** Content that cannot be served: the message lists every problem with its file. */
public class ContentException extends RuntimeException {

    private final List<String> problems;

    public ContentException(List<String> problems) {
        super("The course content has " + problems.size() + " problem(s):\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
