/**
 * Shareable and exportable widget state. A widget's settings live in the page URL: each widget has a {@link
 * org.dlf.chapters.share.StateCodec} (usually a {@link org.dlf.chapters.share.StateFields} list over its
 * model's own validated setters), its parameters are namespaced by the widget's name ({@code
 * perceptron-trainer.lr=0.1}), a {@link org.dlf.chapters.share.PageState} collects them for a chapter page,
 * {@link org.dlf.chapters.share.PageLinks} places each widget with its link and the
 * {@link org.dlf.chapters.share.AddressBar} writes them with {@code history.replaceState}. A link's
 * parameters are applied after the teacher's locks, so a lock wins; a refused parameter is ignored and listed
 * in a {@link org.dlf.chapters.share.LinkNotice}. Networks, loss histories and step traces go to files in one
 * JSON format ({@link org.dlf.chapters.share.NetworkFile}, docs/network-file-format.md) and CSV.
 */
@NullMarked
package org.dlf.chapters.share;

import org.jspecify.annotations.NullMarked;
