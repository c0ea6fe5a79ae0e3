package org.dlf.chapters.share;

import java.util.List;
import java.util.Map;

/**
 * How one widget's settings go into the page URL and come back. Parameter names are short words
 * ({@code lr}, {@code seed}); values are URL-safe canonical text. {@link StateFields} builds one from the
 * model's getters and validating setters.
 *
 * @param <M> the widget's model
 */
public interface StateCodec<M> {

    /** Every parameter of the model's current settings, name → canonical text, in a fixed order. */
    Map<String, String> encode(M model);

    /**
     * Applies the parameters given (any subset), each through the model's own checks, in the codec's order.
     * A refused parameter changes nothing and is returned; an unknown one is refused too.
     */
    List<Refusal> apply(M model, Map<String, String> params);
}
