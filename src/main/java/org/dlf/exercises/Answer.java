package org.dlf.exercises;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a learner hands in. {@link #key()} is the canonical form: the same answer to the same exercise is
 * one attempt, however often (double click, second tab) it is submitted.
 */
public sealed interface Answer {

    String key();

    record Choice(String id) implements Answer {
        public String key() {
            return "single:" + id;
        }
    }

    record Choices(Set<String> ids) implements Answer {
        public String key() {
            return "multiple:" + String.join(",", new TreeSet<>(ids));
        }
    }

    record Order(List<String> ids) implements Answer {
        public String key() {
            return "ordering:" + String.join(",", ids);
        }
    }

    record Classes(Map<String, String> categoryByItem) implements Answer {
        public String key() {
            return "classes:" + new TreeMap<>(categoryByItem);
        }
    }

    /** A typed number, parsed on the server by {@link NumericAnswerParser}. */
    record Number(String text) implements Answer {
        public String key() {
            return NumericAnswerParser.parse(text) instanceof NumericAnswerParser.Accepted a
                    ? "number:" + a.value()
                    : "invalid:" + text;
        }
    }

    /** "Check my training": the server reads the widget's latest state; the browser claims nothing. */
    record TrainGoal(String stateKey) implements Answer {
        public String key() {
            return "goal:" + stateKey;
        }
    }
}
