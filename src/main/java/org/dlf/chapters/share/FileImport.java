package org.dlf.chapters.share;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Function;

/**
 * Imports a network file (JSON, as exported) into a widget with Vaadin's Upload. At most {@value
 * NetworkJson#MAX_BYTES} bytes are read on the server whatever the browser claims; the file is checked by
 * {@link NetworkJson} and then by the widget ({@code apply}: its shape and bounds), and either taken as a
 * whole or refused with a translated message that says why, changing nothing.
 */
@StyleSheet("styles/widgets/share.css")
public final class FileImport extends Composite<Div> {

    private final Upload upload = new Upload();
    private final Span status = new Span();
    private final Function<NetworkFile, Optional<Problem>> apply;
    private final String importedKey;

    /** For a stepper: a file taken is said with "every step has been recomputed". */
    public FileImport(String prefix, Function<NetworkFile, Optional<Problem>> apply) {
        this(prefix, "share.file.imported", apply);
    }

    /** {@code importedKey}: what is said when a file was taken (its argument: the network's shape, e.g. 2-4-1). */
    public FileImport(String prefix, String importedKey, Function<NetworkFile, Optional<Problem>> apply) {
        this.apply = apply;
        this.importedKey = importedKey;
        UploadHandler handler = event -> {
            byte[] bytes = readAtMost(event.getInputStream(), NetworkJson.MAX_BYTES + 1);
            UI ui = event.getUI();
            ui.access(() -> received(bytes));
        };
        upload.setUploadHandler(handler);
        upload.setId(prefix + "-import");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(NetworkJson.MAX_BYTES);
        upload.setAcceptedFileTypes("application/json", ".json");
        // the browser refuses a file too big or not JSON with one of the translated texts of i18n()
        upload.addFileRejectedListener(e -> show(e.getErrorMessage(), false));
        status.setId(prefix + "-import-status");
        status.addClassName("import-status");
        status.getElement().setAttribute("role", "status");
        getContent().addClassName("file-import");
        getContent().add(upload, status);
        addAttachListener(e -> upload.setI18n(i18n()));
    }

    private void received(byte[] bytes) {
        upload.clearFileList();
        NetworkJson.Read read = NetworkJson.read(bytes);
        if (read.problem() != null) {
            show(text(read.problem()), false);
            return;
        }
        NetworkFile file = read.file();
        Optional<Problem> refused = apply.apply(file);
        show(text(refused.orElse(Problem.of(importedKey, file.shape()))), refused.isEmpty());
    }

    private String text(Problem problem) {
        return getTranslation(problem.key(), problem.args().toArray());
    }

    private void show(String text, boolean ok) {
        status.setText(text);
        status.getElement().setAttribute("data-result", ok ? "imported" : "refused");
        status.getElement().setAttribute("role", ok ? "status" : "alert");
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        try (in) {
            return in.readNBytes(limit);
        }
    }

    private UploadI18N i18n() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(getTranslation("share.import.button"))
                        .setMany(getTranslation("share.import.button")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(getTranslation("share.import.drop"))
                        .setMany(getTranslation("share.import.drop")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("share.import.one"))
                        .setFileIsTooBig(getTranslation("share.file.too-big", NetworkJson.MAX_BYTES / 1024))
                        .setIncorrectFileType(getTranslation("share.file.type")))
                .setFile(new UploadI18N.File()
                        .setRemove(getTranslation("share.import.remove"))
                        .setRetry(getTranslation("share.import.retry"))
                        .setStart(getTranslation("share.import.start")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(getTranslation("share.import.connecting"))
                                .setProcessing(getTranslation("share.import.processing"))
                                .setStalled(getTranslation("share.import.stalled"))
                                .setHeld(getTranslation("share.import.held")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(getTranslation("share.import.server"))
                                .setUnexpectedServerError(getTranslation("share.import.server"))
                                .setForbidden(getTranslation("share.import.server"))
                                .setFileTooLarge(getTranslation("share.file.too-big", NetworkJson.MAX_BYTES / 1024))));
    }
}
