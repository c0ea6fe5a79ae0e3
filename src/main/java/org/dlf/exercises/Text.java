package org.dlf.exercises;

import org.dlf.content.Language;

/** A text in both course languages. */
public record Text(String zh, String en) {

    public String in(Language language) {
        return language == Language.ZH ? zh : en;
    }
}
