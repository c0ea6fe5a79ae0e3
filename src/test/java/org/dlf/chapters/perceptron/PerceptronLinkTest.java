package org.dlf.chapters.perceptron;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Location;
import java.util.Map;
import org.dlf.assignment.ParameterLocks;
import org.dlf.chapters.perceptron.PerceptronPoints.Choice;
import org.dlf.chapters.share.AddressBar;
import org.dlf.chapters.share.PageState;
import org.dlf.chapters.share.WidgetLink;
import org.dlf.training.TrainingSpeed;
import org.junit.jupiter.api.Test;

/**
 * A copied perceptron link through the whole way the page takes it: the widget's start ({@code setUp}), the
 * copy-link query, the URL text, and a fresh page that reads it. (ShareIT does the same in the browser.)
 */
class PerceptronLinkTest {

    private static final String PATH = "chapter/perceptron";

    /** A page opened at {@code url}. */
    private static PageState page(String url) {
        PageState page = PageState.of(new Location(url).getQueryParameters().getParameters());
        page.startRender();
        return page;
    }

    /** The page's perceptron as the factory sets it up, with the link's settings. */
    private static PerceptronTrainerModel perceptron(PageState page) {
        WidgetLink link = page.link(PerceptronTrainerModel.WIDGET);
        PerceptronTrainerModel model = new PerceptronTrainerModel();
        assertThat(PerceptronTrainerFactory.setUp(model, Map.of(), ParameterLocks.NONE, link))
                .isEmpty();
        assertThat(link.refusals()).isEmpty();
        return model;
    }

    @Test
    void a_copied_link_with_clicked_points_gives_the_same_points_settings_and_run_in_a_fresh_page() {
        PageState page = page(PATH);
        PerceptronTrainerModel sender = perceptron(page);
        assertThat(sender.setDataset(Choice.XOR)).isEmpty();
        assertThat(sender.clickAt(0.5123, 0.4987, true)).isEmpty();
        // as the form applies them: a field at a time, each change through one validated settings value
        assertThat(sender.apply(sender.settings().edit().learningRate(0.2))).isEmpty();
        assertThat(sender.apply(sender.settings().edit().start(true, 1))).isEmpty();
        assertThat(sender.apply(sender.settings().edit().start(true, 42))).isEmpty();
        assertThat(sender.setSpeed(TrainingSpeed.FAST)).isEmpty();
        // the page's one widget: the copy-link query is the page's
        String url = AddressBar.relative(PATH, page.query());
        assertThat(url)
                .contains("perceptron-trainer.data=xor", "perceptron-trainer.add=0.512_0.499_1")
                .contains("perceptron-trainer.lr=0.2", "perceptron-trainer.start=random", "perceptron-trainer.seed=42")
                .contains("perceptron-trainer.speed=fast");

        PerceptronTrainerModel copy = perceptron(page(url));
        assertThat(copy.points().choice()).isEqualTo(Choice.CUSTOM);
        assertThat(copy.points().dataset().points())
                .isEqualTo(sender.points().dataset().points());
        assertThat(copy.settings()).isEqualTo(sender.settings());
        assertThat(copy.speed()).isEqualTo(TrainingSpeed.FAST);
        for (int epoch = 0; epoch < 5; epoch++) {
            sender.epoch();
            copy.epoch();
        }
        assertThat(copy.frame().weights()).isEqualTo(sender.frame().weights());
    }

    @Test
    void a_speed_the_controls_do_not_offer_is_refused_and_changes_nothing() {
        PageState page = page(PATH + "?perceptron-trainer.speed=warp&perceptron-trainer.lr=0.2");
        WidgetLink link = page.link(PerceptronTrainerModel.WIDGET);
        PerceptronTrainerModel model = new PerceptronTrainerModel();
        PerceptronTrainerFactory.setUp(model, Map.of(), ParameterLocks.NONE, link);

        assertThat(link.refusals()).hasSize(1);
        assertThat(model.speed()).isEqualTo(TrainingSpeed.NORMAL);
        assertThat(model.settings().learningRate()).isEqualTo(0.2);
    }
}
