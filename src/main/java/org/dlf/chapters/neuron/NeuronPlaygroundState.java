package org.dlf.chapters.neuron;

import org.dlf.chapters.share.StateCodec;
import org.dlf.chapters.share.StateFields;

/**
 * The neuron playground's settings in a link: {@code n} inputs (1–3), {@code x1}…{@code x3}, {@code w1}…
 * {@code w3}, the bias {@code b} and the function {@code f}, each checked by the model as the fields are.
 */
final class NeuronPlaygroundState {

    static final StateCodec<NeuronPlaygroundModel> CODEC = codec();

    private NeuronPlaygroundState() {}

    private static StateFields<NeuronPlaygroundModel> codec() {
        StateFields<NeuronPlaygroundModel> fields = StateFields.<NeuronPlaygroundModel>of()
                .args(
                        NeuronPlaygroundModel.show(NeuronPlaygroundModel.MIN, 1),
                        NeuronPlaygroundModel.show(NeuronPlaygroundModel.MAX, 1))
                .integer("n", "playground.inputs", m -> (long) m.inputs(), (m, n) -> m.setInputs(n.intValue()))
                .choice(
                        "f",
                        "playground.function",
                        NeuronPlaygroundModel.FUNCTIONS,
                        NeuronPlaygroundModel::activation,
                        NeuronPlaygroundModel::setActivation);
        for (int i = 0; i < NeuronPlaygroundModel.MAX_INPUTS; i++) {
            int index = i;
            fields.number("x" + (i + 1), null, m -> m.x(index), (m, v) -> m.setX(index, v))
                    .number("w" + (i + 1), null, m -> m.w(index), (m, v) -> m.setW(index, v));
        }
        return fields.number("b", "playground.b", NeuronPlaygroundModel::bias, (m, v) -> m.setBias(v));
    }
}
