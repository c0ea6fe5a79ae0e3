package org.dlf.training;

import java.time.Instant;
import java.util.UUID;

/**
 * A learner's training run in a trainer widget diverged (a Spring application event, published by the
 * widget); the classroom feature records it for the teacher's dashboard.
 *
 * @param learner the learner id (the {@code dlf-learner} cookie)
 * @param widget  the widget name as in content, e.g. {@code mlp-trainer}
 * @param dataset the data set's name as in content, e.g. {@code SPIRAL}
 * @param epoch   the epoch in which the loss or a weight stopped being finite
 */
public record TrainingDiverged(UUID learner, String widget, String dataset, int epoch, Instant at) {}
