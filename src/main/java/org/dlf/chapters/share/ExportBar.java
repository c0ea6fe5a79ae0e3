package org.dlf.chapters.share;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Download links for what a widget has: the whole {@link NetworkFile} as JSON, and its parts as CSV. Each
 * file is made when its link is followed, from the widget's state at that moment (read under the session's
 * lock, written after it). Ids: {@code PREFIX-export-json}, {@code -weights}, {@code -loss}, {@code -steps}.
 */
@StyleSheet("styles/widgets/share.css")
public final class ExportBar extends Composite<Div> {

    /** The parts a widget offers as CSV besides the JSON file. */
    public enum Part {
        WEIGHTS("weights", "share.export.weights", NetworkCsv::weights),
        LOSS("loss", "share.export.loss", NetworkCsv::lossHistory),
        STEPS("steps", "share.export.steps", NetworkCsv::trace);

        final String suffix;
        final String labelKey;
        final Function<NetworkFile, String> csv;

        Part(String suffix, String labelKey, Function<NetworkFile, String> csv) {
            this.suffix = suffix;
            this.labelKey = labelKey;
            this.csv = csv;
        }
    }

    private final Span label = new Span();
    private final List<Runnable> translations = new ArrayList<>();

    /**
     * Links for {@code file}, named after {@code name} (e.g. {@code perceptron-trainer.json}); {@code titleKey}
     * says what is downloaded (e.g. "Download the trained network:").
     */
    public ExportBar(String prefix, String name, String titleKey, Supplier<NetworkFile> file, Part... parts) {
        label.addClassName("export-label");
        getContent().addClassName("export-bar");
        getContent().add(label);
        add(
                prefix + "-export-json",
                "share.export.json",
                name + ".json",
                "application/json",
                () -> NetworkJson.write(file.get()));
        for (Part part : parts) {
            add(
                    prefix + "-export-" + part.suffix,
                    part.labelKey,
                    name + "-" + part.suffix + ".csv",
                    "text/csv",
                    () -> part.csv.apply(file.get()));
        }
        addAttachListener(e -> {
            label.setText(getTranslation(titleKey));
            translations.forEach(Runnable::run);
        });
    }

    private void add(String id, String labelKey, String fileName, String type, Supplier<String> content) {
        DownloadHandler handler = event -> {
            VaadinSession session = event.getSession();
            byte[] bytes;
            session.lock();
            try {
                bytes = content.get().getBytes(StandardCharsets.UTF_8);
            } finally {
                session.unlock();
            }
            event.setFileName(fileName);
            event.setContentType(type + "; charset=utf-8");
            event.setContentLength(bytes.length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(bytes);
            }
        };
        Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        link.setId(id);
        link.addClassName("export-link");
        translations.add(() -> link.setText(getTranslation(labelKey)));
        getContent().add(link);
    }
}
