package org.dlf.chapters.mlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dlf.chapters.share.Refusal;
import org.dlf.chapters.share.StateCodec;
import org.dlf.engine.ConfigViolation;

/**
 * The MLP trainer's part of the page URL: its {@link MlpState} (data, edits, every setting, the speed of Play)
 * as {@code mlp-trainer.lr=0.03} and so on. Each parameter is put in through {@link MlpTrainerWidget#restore},
 * that is through the one validated {@link MlpSettings} and the teacher's locks: a value they refuse is refused
 * with their own message and changes nothing, and the link's other parameters are still used.
 */
final class MlpLink implements StateCodec<MlpTrainerWidget> {

    static final MlpLink CODEC = new MlpLink();

    /** The label of the control each parameter sets (for the notice on refused parameters). */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("data", "mlp.dataset"),
            Map.entry("removed", "mlp.dataset"),
            Map.entry("added", "mlp.dataset"),
            Map.entry("noise", "mlp.noise"),
            Map.entry("test", "mlp.test"),
            Map.entry("layers", "mlp.layers"),
            Map.entry("neurons", "mlp.neurons"),
            Map.entry("act", "mlp.activation"),
            Map.entry("lr", "mlp.learning-rate"),
            Map.entry("batch", "mlp.batch"),
            Map.entry("seed", "mlp.seed"),
            Map.entry("start", "mlp.start"),
            Map.entry("epochs", "mlp.budget"));

    private MlpLink() {}

    @Override
    public Map<String, String> encode(MlpTrainerWidget widget) {
        return widget.state().toMap();
    }

    @Override
    public List<Refusal> apply(MlpTrainerWidget widget, Map<String, String> params) {
        List<Refusal> refused = new ArrayList<>();
        for (Map.Entry<String, String> p : params.entrySet()) {
            Map<String, String> wanted = new LinkedHashMap<>(encode(widget));
            if (!wanted.containsKey(p.getKey())
                    && !LABELS.containsKey(p.getKey())
                    && !p.getKey().equals("speed")) {
                refused.add(new Refusal(p.getKey(), p.getValue(), null, "share.error.unknown", List.of()));
                continue;
            }
            wanted.put(p.getKey(), p.getValue());
            String label = LABELS.getOrDefault(p.getKey(), "training.speed");
            MlpState state;
            try {
                state = MlpState.fromMap(wanted);
            } catch (IllegalArgumentException e) {
                refused.add(new Refusal(p.getKey(), p.getValue(), label, "share.error.value", List.of()));
                continue;
            }
            List<ConfigViolation> v = widget.restore(state);
            if (!v.isEmpty()) {
                ConfigViolation first = v.getFirst();
                refused.add(new Refusal(p.getKey(), p.getValue(), label, first.key(), List.of(first.args())));
            }
        }
        return refused;
    }
}
