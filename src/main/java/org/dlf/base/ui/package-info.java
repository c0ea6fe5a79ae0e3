/** What every page of the shell shares per session: translations, the learner id, the language and colour preferences, session metrics. */
@NullMarked
package org.dlf.base.ui;

import org.jspecify.annotations.NullMarked;
