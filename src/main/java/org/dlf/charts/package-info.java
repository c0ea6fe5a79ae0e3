/**
 * The only package that talks to Chart.js: {@link org.dlf.charts.ChartComponent} (the {@code <dlf-chart>}
 * element, configured with chartjs-java-model) and one class per chart kind. Colours come from
 * {@link org.dlf.charts.ChartTheme}.
 */
@NullMarked
package org.dlf.charts;

import org.jspecify.annotations.NullMarked;
